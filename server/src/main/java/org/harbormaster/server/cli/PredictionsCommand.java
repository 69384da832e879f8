package org.harbormaster.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.exceptions.ShipmentReviewer;
import org.harbormaster.server.prediction.PredictionModels;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster predictions rebuild}: a new version of the transit model from the legs that really ended. */
@Command(name = "predictions", mixinStandardHelpOptions = true,
        description = "Manage the transit model predictions are made with.",
        subcommands = PredictionsCommand.Rebuild.class)
public final class PredictionsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing what to do: try 'harbormaster predictions rebuild'");
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = {"Learn a new version of the transit and dwell distributions from every leg that really "
                    + "ended, make it current and predict every open shipment again with it (a running server also "
                    + "does this every night).",
                    "Predictions record the version that made them."})
    static final class Rebuild implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--json", description = "Print the result as JSON.")
        private boolean json;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(database.properties())) {
                PredictionModels.Rebuilt r = context.getBean(PredictionModels.class).rebuild();
                int predicted = context.getBean(ShipmentReviewer.class).reviewOpen(false);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("version", r.version());
                    body.put("builtAt", r.builtAt().toString());
                    body.put("shipments", r.shipments());
                    body.put("observations", r.observations());
                    body.put("keys", r.keys());
                    body.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
                    body.put("openShipmentsPredicted", predicted);
                    out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(body));
                } else {
                    out.printf("Transit model version %d: %d legs learned from %d shipments (%d keys) in %.1f s; "
                                    + "%d open shipments predicted again%n", r.version(), r.observations(), r.shipments(),
                            r.keys(), r.seconds(), predicted);
                }
                out.flush();
                return 0;
            }
        }
    }
}

package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.exceptions.QueueWorkload;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster bench queue}: the work-queue queries with N open shipments and M open exception cases; the
 * figures are printed as JSON.
 */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Seed N shipments and M open exception cases (a fresh embedded database unless told "
                + "otherwise) and time each query of the work-queue screen.")
public final class BenchQueueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--shipments", defaultValue = "100000", description = "Open shipments (default: ${DEFAULT-VALUE}).")
    private int shipments;

    @Option(names = "--exceptions", defaultValue = "10000", description = "Open cases (default: ${DEFAULT-VALUE}).")
    private int exceptions;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>(database.properties());
        Path scratch = null;
        if (properties.isEmpty()) {
            scratch = Files.createTempDirectory("harbormaster-bench-");
            properties.put("harbormaster.data-dir", scratch.toString());
        }
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(properties)) {
            QueueWorkload workload = context.getBean(QueueWorkload.class);
            double seedSeconds = workload.seed(shipments, exceptions, 6346);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("shipments", shipments);
            figures.put("openExceptions", exceptions);
            figures.put("seedSeconds", Math.round(seedSeconds * 10) / 10.0);
            figures.put("runs", runs);
            figures.put("queries", workload.measure(runs));
            figures.put("processors", Runtime.getRuntime().availableProcessors());
            PrintWriter out = spec.commandLine().getOut();
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
            out.flush();
            return 0;
        } finally {
            if (scratch != null) {
                try (var paths = Files.walk(scratch)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}

package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.formats.csv.SampleShipmentFile;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.shipments.ShipmentImport;
import org.harbormaster.server.shipments.ShipmentQuery;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster bench import}: starts the application on a database (a fresh embedded one unless
 * told otherwise), imports a generated file of N shipments through the same path as
 * {@code import shipments}, and reports the start-up time and the import rate.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import N generated shipments and report start-up time and rows per second.")
public final class BenchImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--rows", defaultValue = "10000", description = "Shipments in the generated file (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        try (BenchDatabase bench = BenchDatabase.of(database)) {
            return run(bench.properties());
        }
    }

    private int run(Map<String, Object> properties) {
        String prefix = "BENCH" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String csv = SampleShipmentFile.csv(prefix, rows, 0);
        long startAt = System.nanoTime();
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(properties)) {
            double startSeconds = seconds(startAt);
            long importAt = System.nanoTime();
            ShipmentImport.Report report = context.getBean(ShipmentImport.class).run(new StringReader(csv), false, false);
            double importSeconds = seconds(importAt);
            ShipmentRepository shipments = context.getBean(ShipmentRepository.class);
            long listAt = System.nanoTime();
            shipments.list(ShipmentQuery.all(), null, 50);
            double firstPageSeconds = seconds(listAt);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", rows);
            figures.put("imported", report.imported());
            figures.put("startSeconds", round(startSeconds));
            figures.put("importSeconds", round(importSeconds));
            figures.put("rowsPerSecond", Math.round(report.imported() / importSeconds));
            figures.put("firstPageOf50Millis", round(firstPageSeconds * 1000));
            figures.put("processors", Runtime.getRuntime().availableProcessors());
            print(figures);
            return report.clean() ? 0 : HarbormasterCommand.FAILED;
        }
    }

    private void print(Map<String, Object> figures) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } else {
            out.printf("start (context with database ready): %.2f s%n", figures.get("startSeconds"));
            out.printf("import: %d shipments in %.2f s = %d rows/s%n", figures.get("imported"),
                    figures.get("importSeconds"), figures.get("rowsPerSecond"));
            out.printf("first page of 50 shipments: %.1f ms%n", figures.get("firstPageOf50Millis"));
        }
        out.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

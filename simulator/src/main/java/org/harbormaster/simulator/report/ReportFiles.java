package org.harbormaster.simulator.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a run's files into a directory: {@code report.json} (the same bytes for the same seed),
 * {@code report.html}, and {@code performance.json} with this machine's speed figures, kept apart because
 * they differ from run to run.
 */
public final class ReportFiles {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String PERFORMANCE = "performance.json";
    public static final String COMPARISON_JSON = "comparison.json";
    public static final String COMPARISON_HTML = "comparison.html";

    private ReportFiles() {
    }

    public static void write(SimulationReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(JSON), ReportJson.bytes(report));
            Files.write(directory.resolve(HTML), ReportHtml.page(report, true));
            Files.write(directory.resolve(PERFORMANCE), ReportJson.bytes(performance(report.performance())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory, e);
        }
    }

    public static void write(PolicyComparison.Result result, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(COMPARISON_JSON), ReportJson.bytes(result.comparison()));
            Files.write(directory.resolve(COMPARISON_HTML), ReportHtml.comparison(result.comparison()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison to " + directory, e);
        }
    }

    static SortedMap<String, Object> performance(SimulationReport.Performance p) {
        SortedMap<String, Object> tree = new TreeMap<>();
        tree.put("shipments", p.shipments());
        tree.put("simulatedEvents", p.simulatedEvents());
        tree.put("messagesParsed", p.messages());
        tree.put("eventsParsed", p.parsedEvents());
        tree.put("wallMillis", p.wallMillis());
        tree.put("simulatedEventsPerSecond", Math.round(p.simulatedEventsPerSecond()));
        tree.put("shipmentsPerSecond", Math.round(p.shipmentsPerSecond()));
        tree.put("parsedEventsPerSecond", Math.round(p.parsedEventsPerSecond()));
        return tree;
    }
}

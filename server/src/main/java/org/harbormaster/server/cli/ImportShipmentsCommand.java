package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.formats.csv.CsvProblem;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.shipments.ShipmentImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster import shipments FILE.csv}: books shipments from the CSV layout documented in
 * docs/import-shipments-csv.md. All or nothing unless {@code --skip-bad-rows}.
 */
@Command(name = "shipments", mixinStandardHelpOptions = true,
        description = {"Import shipments from a CSV file (layout: docs/import-shipments-csv.md).",
                "A file with any bad row imports nothing unless --skip-bad-rows is given.",
                "Exit code 0: every row imported (or would be, with --dry-run); 1: some rows were bad."})
public final class ImportShipmentsCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 100;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file, UTF-8, header row first.")
    private Path file;

    @Option(names = "--dry-run", description = "Check every row and report, but store nothing.")
    private boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "Import the good rows even when some rows are bad.")
    private boolean skipBadRows;

    @Option(names = "--json", description = "Print the report as JSON, for scripts.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
        }
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(database.properties());
             Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long started = System.nanoTime();
            ShipmentImport.Report report = context.getBean(ShipmentImport.class).run(reader, dryRun, skipBadRows);
            double seconds = (System.nanoTime() - started) / 1e9;
            print(report, seconds);
            return report.clean() ? 0 : HarbormasterCommand.FAILED;
        }
    }

    private void print(ShipmentImport.Report report, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", file.toString());
            body.put("rowsRead", report.rowsRead());
            body.put("imported", report.imported());
            body.put("rejectedRows", report.rejectedRows());
            body.put("dryRun", report.dryRun());
            body.put("seconds", Math.round(seconds * 1000) / 1000.0);
            body.put("problems", report.problems());
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(body));
            out.flush();
            return;
        }
        int shown = 0;
        for (CsvProblem problem : report.problems()) {
            if (shown++ == SHOWN_PROBLEMS) {
                out.printf("... and %d more problems (use --json to see all)%n", report.problems().size() - SHOWN_PROBLEMS);
                break;
            }
            out.println(problem);
        }
        String outcome;
        if (report.dryRun()) {
            outcome = report.clean() ? "dry run: all rows are valid, nothing stored" : "dry run: nothing stored";
        } else if (report.imported() == 0 && !report.clean()) {
            outcome = "nothing imported" + (skipBadRows ? "" : " (fix the rows above, or use --skip-bad-rows)");
        } else {
            outcome = String.format("imported %d shipments in %.2f s (%.0f rows/s)", report.imported(), seconds,
                    report.imported() / Math.max(seconds, 1e-9));
        }
        out.printf("%s: %d rows read, %d rejected; %s%n", file.getFileName(), report.rowsRead(),
                report.rejectedRows(), outcome);
        out.flush();
    }
}

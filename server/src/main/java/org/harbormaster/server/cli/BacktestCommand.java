package org.harbormaster.server.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.prediction.Backtest;
import org.harbormaster.prediction.BacktestReport;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.backtest.BacktestRun;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster backtest [--cutoff-days 7] [--json]}: how well arrivals were predicted, against a baseline. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Replay every shipment that has arrived as of a cut-off before its arrival at the port of "
                + "discharge and score the predicted arrival (median and P90) against what happened, beside the "
                + "carrier's latest estimate known at the cut-off (or the planned time where there was none).",
                "Works on whatever history is in the database: booked shipments and tracking-only ones made by "
                        + "'harbormaster ingest --format csv' from a tracking export."})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--cutoff-days", paramLabel = "DAYS", defaultValue = "7",
            description = "How many days before the actual arrival the prediction is made (default: ${DEFAULT-VALUE}).")
    private double cutoffDays;

    @Option(names = "--json", description = "Print the report as JSON, with every scored shipment.")
    private boolean json;

    @Override
    public Integer call() {
        if (!(cutoffDays > 0) || cutoffDays > 365) {
            throw new ParameterException(spec.commandLine(), "--cutoff-days must be more than 0 and at most 365, not "
                    + cutoffDays);
        }
        Duration cutoff = Duration.ofMinutes(Math.round(cutoffDays * 24 * 60));
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(database.properties())) {
            BacktestReport report = context.getBean(BacktestRun.class).run(cutoff);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(asJson(report)));
            } else {
                print(out, report);
            }
            out.flush();
            return 0;
        }
    }

    private void print(PrintWriter out, BacktestReport r) {
        out.printf("Backtest, cut-off %s days before arrival: %d shipments read, %d scored%n", number(cutoffDays),
                r.shipments(), r.scored().size());
        r.skipped().forEach((why, n) -> out.printf("  %d not scored: %s%n", n, why.meaning()));
        if (r.scored().isEmpty()) {
            return;
        }
        out.printf("%-34s %10s %12s%n", "", "predicted", "baseline");
        out.printf("%-34s %10.2f %12.2f%n", "mean absolute error (days)", r.ourMeanAbsoluteErrorDays(),
                r.baselineMeanAbsoluteErrorDays());
        out.printf("%-34s %10.2f %12.2f%n", "median absolute error (days)", r.ourMedianAbsoluteErrorDays(),
                r.baselineMedianAbsoluteErrorDays());
        out.printf("%-34s %9.1f%%%n", "actual at or before P90", r.p90Coverage() * 100);
        out.printf("baseline: the carrier's estimate for %d, the planned time for %d%n", r.baselinesFromCarrierEstimates(),
                r.scored().size() - r.baselinesFromCarrierEstimates());
    }

    private Map<String, Object> asJson(BacktestReport r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cutoffDays", cutoffDays);
        body.put("shipments", r.shipments());
        body.put("scored", r.scored().size());
        Map<String, Integer> skipped = new LinkedHashMap<>();
        r.skipped().forEach((why, n) -> skipped.put(why.name(), n));
        body.put("skipped", skipped);
        body.put("predicted", Map.of("meanAbsoluteErrorDays", round(r.ourMeanAbsoluteErrorDays()),
                "medianAbsoluteErrorDays", round(r.ourMedianAbsoluteErrorDays()), "p90Coverage", round(r.p90Coverage())));
        body.put("baseline", Map.of("meanAbsoluteErrorDays", round(r.baselineMeanAbsoluteErrorDays()),
                "medianAbsoluteErrorDays", round(r.baselineMedianAbsoluteErrorDays()),
                "fromCarrierEstimates", r.baselinesFromCarrierEstimates(),
                "fromPlannedTimes", r.scored().size() - r.baselinesFromCarrierEstimates()));
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Backtest.Scored s : r.scored()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("shipment", s.reference());
            c.put("milestone", s.milestone());
            c.put("cutoff", s.cutoff().toString());
            c.put("actual", s.actual().toString());
            c.put("p50", s.p50().toString());
            c.put("p90", s.p90().toString());
            c.put("baseline", s.baseline().toString());
            c.put("baselineKind", s.baselineKind().name());
            c.put("modelObservations", s.modelObservations());
            cases.add(c);
        }
        body.put("cases", cases);
        return body;
    }

    private static Object round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static String number(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }
}

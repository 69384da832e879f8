package org.harbormaster.simulator.report;

import static org.harbormaster.simulator.report.Figures.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.harbormaster.simulator.Simulation;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * Runs two policies over the same seeds and reports, for each KPI, the mean difference (second minus first)
 * with a 95% confidence interval from Student's t over the per-seed differences. The seeds are paired: a seed
 * gives both policies the same orders, sailings, holds and missed appointments, so the spread of the
 * differences is the policies' own and a few seeds go a long way.
 */
public final class PolicyComparison {

    /** A KPI compared, and whether more of it is better. */
    public record Metric(String path, String label, boolean higherIsBetter) {
    }

    public static final List<Metric> METRICS = List.of(
            new Metric("truth.delivery.onTimeShare", "Deliveries on time (vs promise)", true),
            new Metric("observed.delivery.onTimeShare", "Deliveries on time, as Harbormaster saw them", true),
            new Metric("truth.dwell.truck.meanDays", "Truck-bound dwell (days)", false),
            new Metric("truth.costs.demurrageUsd", "Demurrage (USD)", false),
            new Metric("truth.costs.detentionUsd", "Detention (USD)", false),
            new Metric("truth.costs.ddUsdPerContainer", "D&D per container (USD)", false),
            new Metric("truth.costs.drayageUsd", "Drayage (USD)", false),
            new Metric("truth.costs.yardStorageAndPrePullUsd", "Yard storage and pre-pulls (USD)", false),
            new Metric("truth.costs.totalUsdPerContainer", "All costs per container (USD)", false),
            new Metric("operations.workItemsRaised", "Work items raised", false),
            new Metric("operations.handledWithinSlaShare", "Work items handled within SLA", true));

    /** Two-sided 97.5% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T_975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};

    private PolicyComparison() {
    }

    /** The comparison, and every run's report (first policy's, then the second's, seed by seed). */
    public record Result(SortedMap<String, Object> comparison, List<SimulationReport> first,
                         List<SimulationReport> second) {
    }

    public static Result compare(Scenario scenario, String firstPolicy, String secondPolicy, int days,
                                 List<Long> seeds, SimulationOptions.Progress progress) {
        if (seeds.size() < 2) {
            throw new IllegalArgumentException("a confidence interval needs two seeds at least");
        }
        List<SimulationReport> first = new ArrayList<>();
        List<SimulationReport> second = new ArrayList<>();
        int runs = seeds.size() * 2;
        int done = 0;
        for (long seed : seeds) {
            first.add(Simulation.run(scenario, new SimulationOptions(days, seed, firstPolicy, null)));
            progress.day(++done, runs);
            second.add(Simulation.run(scenario, new SimulationOptions(days, seed, secondPolicy, null)));
            progress.day(++done, runs);
        }
        SortedMap<String, Object> comparison = new TreeMap<>();
        comparison.put("scenario", scenario.name());
        comparison.put("days", days);
        comparison.put("seeds", List.copyOf(seeds));
        comparison.put("first", firstPolicy);
        comparison.put("second", secondPolicy);
        comparison.put("method", "paired by seed (common random numbers); difference = second - first; "
                + "95% confidence interval from Student's t with n-1 degrees of freedom");
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric metric : METRICS) {
            metrics.add(compare(metric, first, second));
        }
        comparison.put("metrics", metrics);
        return new Result(comparison, first, second);
    }

    private static SortedMap<String, Object> compare(Metric metric, List<SimulationReport> first,
                                                     List<SimulationReport> second) {
        int n = first.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = first.get(i).number(metric.path());
            b[i] = second.get(i).number(metric.path());
            d[i] = b[i] - a[i];
        }
        double meanDiff = mean(d);
        double halfWidth = tQuantile(n - 1) * standardDeviation(d, meanDiff) / Math.sqrt(n);
        SortedMap<String, Object> row = new TreeMap<>();
        row.put("kpi", metric.path());
        row.put("label", metric.label());
        row.put("higherIsBetter", metric.higherIsBetter());
        row.put("firstMean", round(mean(a)));
        row.put("secondMean", round(mean(b)));
        row.put("difference", round(meanDiff));
        double firstMean = mean(a);
        row.put("relativeDifference", round(firstMean == 0 ? 0 : meanDiff / Math.abs(firstMean)));
        row.put("ciLow", round(meanDiff - halfWidth));
        row.put("ciHigh", round(meanDiff + halfWidth));
        String verdict;
        if (meanDiff - halfWidth > 0 || meanDiff + halfWidth < 0) {
            boolean up = meanDiff > 0;
            verdict = up == metric.higherIsBetter() ? "second better" : "first better";
        } else {
            verdict = "no significant difference";
        }
        row.put("verdict", verdict);
        return row;
    }

    static double tQuantile(int degreesOfFreedom) {
        return degreesOfFreedom <= T_975.length ? T_975[degreesOfFreedom - 1] : 1.96;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}

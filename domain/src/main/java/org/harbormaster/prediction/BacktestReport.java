package org.harbormaster.prediction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a {@link Backtest} found: every scored shipment, the ones it could not score and why, and the figures. */
public record BacktestReport(Duration cutoff, int shipments, List<Backtest.Scored> scored,
                             Map<Backtest.Skip, Integer> skipped) {

    public BacktestReport {
        scored = List.copyOf(scored);
        skipped = Map.copyOf(skipped);
    }

    public double ourMeanAbsoluteErrorDays() {
        return mean(Backtest.Scored::ourError);
    }

    public double ourMedianAbsoluteErrorDays() {
        return median(Backtest.Scored::ourError);
    }

    public double baselineMeanAbsoluteErrorDays() {
        return mean(Backtest.Scored::baselineError);
    }

    public double baselineMedianAbsoluteErrorDays() {
        return median(Backtest.Scored::baselineError);
    }

    /** The share of actual arrivals at or before our P90. */
    public double p90Coverage() {
        return scored.isEmpty() ? Double.NaN : (double) scored.stream().filter(Backtest.Scored::withinP90).count() / scored.size();
    }

    public long baselinesFromCarrierEstimates() {
        return scored.stream().filter(s -> s.baselineKind() == Backtest.Baseline.CARRIER_ESTIMATE).count();
    }

    private double mean(Function<Backtest.Scored, Duration> error) {
        return scored.stream().mapToDouble(s -> days(error.apply(s))).average().orElse(Double.NaN);
    }

    private double median(Function<Backtest.Scored, Duration> error) {
        double[] sorted = scored.stream().mapToDouble(s -> days(error.apply(s))).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double days(Duration d) {
        return d.getSeconds() / 86_400.0;
    }
}

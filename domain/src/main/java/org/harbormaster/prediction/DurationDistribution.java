package org.harbormaster.prediction;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * How long a leg or a dwell takes, as a distribution: any quantile, and how many observations it rests on.
 * Four kinds: observed durations (history), a log-normal prior from a median and a P90 (the shape of the
 * published calibration ranges: transit and dwell times are skewed to the late side), a fixed duration (the
 * plan, when nothing better is known), and a blend of a prior and history.
 */
public sealed interface DurationDistribution {

    /** The weight of a prior, in pseudo-observations, unless a caller says otherwise. */
    int DEFAULT_PRIOR_WEIGHT = 10;

    /** The duration not exceeded with probability {@code p} (0 &lt; p &lt; 1). */
    Duration quantile(double p);

    /** How many observed durations it rests on; 0 for a prior or a plan. */
    int sampleCount();

    default Duration p50() {
        return quantile(0.5);
    }

    default Duration p90() {
        return quantile(0.9);
    }

    static DurationDistribution observed(Collection<Duration> durations) {
        long[] seconds = durations.stream().mapToLong(Duration::getSeconds).sorted().toArray();
        return new Observed(seconds);
    }

    static DurationDistribution logNormal(Duration median, Duration p90) {
        return LogNormal.fromMedianAndP90(median, p90);
    }

    static DurationDistribution fixed(Duration duration) {
        return new Fixed(duration);
    }

    /** {@link #blend(DurationDistribution, DurationDistribution, int)} with a prior worth 10 observations. */
    static DurationDistribution blend(DurationDistribution prior, DurationDistribution history) {
        return blend(prior, history, DEFAULT_PRIOR_WEIGHT);
    }

    /**
     * Blends a prior with history, the prior counting as {@code priorWeight} (k) pseudo-observations against
     * the history's n real ones: every quantile is the weighted mean of the two distributions' quantiles,
     * history weighted w = n / (n + k), the prior 1 − w. So no history gives the prior exactly, 10 observations
     * against k = 10 meet half-way, and as n grows history dominates; w rises with n, so each quantile moves
     * steadily from the prior's towards history's. (Averaging quantiles rather than probabilities keeps the
     * blend's shape between the two instead of making it two-humped when they disagree.)
     */
    static DurationDistribution blend(DurationDistribution prior, DurationDistribution history, int priorWeight) {
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(history, "history");
        if (priorWeight < 0) {
            throw new IllegalArgumentException("a prior's weight cannot be negative: " + priorWeight);
        }
        if (history.sampleCount() == 0) {
            return prior;
        }
        return new Blended(prior, history, priorWeight);
    }

    private static void requireProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs a probability strictly between 0 and 1: " + p);
        }
    }

    /** Observed durations; quantiles interpolate linearly between order statistics. */
    record Observed(long[] sortedSeconds) implements DurationDistribution {

        public Observed {
            sortedSeconds = sortedSeconds.clone();
            Arrays.sort(sortedSeconds);
            if (sortedSeconds.length > 0 && sortedSeconds[0] < 0) {
                throw new IllegalArgumentException("a duration cannot be negative: " + sortedSeconds[0] + " s");
            }
        }

        @Override
        public Duration quantile(double p) {
            requireProbability(p);
            if (sortedSeconds.length == 0) {
                throw new IllegalStateException("no observed durations to take a quantile of");
            }
            return Duration.ofSeconds(SortedSamples.quantile(sortedSeconds, p));
        }

        @Override
        public int sampleCount() {
            return sortedSeconds.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Observed o && Arrays.equals(sortedSeconds, o.sortedSeconds);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sortedSeconds);
        }

        @Override
        public String toString() {
            return "observed(n=" + sortedSeconds.length + ")";
        }
    }

    /** A log-normal prior: ln(duration) is normal with mean ln(median) and standard deviation sigma. */
    record LogNormal(Duration median, double sigma) implements DurationDistribution {

        public LogNormal {
            if (median.isNegative() || median.isZero()) {
                throw new IllegalArgumentException("a log-normal duration needs a positive median: " + median);
            }
            if (!(sigma >= 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("sigma must be finite and not negative: " + sigma);
            }
        }

        /** The log-normal whose median and 90th percentile are those given (a P90 equal to the median: no spread). */
        public static LogNormal fromMedianAndP90(Duration median, Duration p90) {
            if (p90.compareTo(median) < 0) {
                throw new IllegalArgumentException("a P90 (" + p90 + ") cannot be below the median (" + median + ")");
            }
            double sigma = Math.log((double) p90.getSeconds() / median.getSeconds()) / StandardNormal.quantile(0.9);
            return new LogNormal(median, sigma);
        }

        @Override
        public Duration quantile(double p) {
            requireProbability(p);
            double seconds = median.getSeconds() * Math.exp(sigma * StandardNormal.quantile(p));
            return Duration.ofSeconds(Math.round(seconds));
        }

        @Override
        public int sampleCount() {
            return 0;
        }
    }

    /** A duration known in advance, e.g. the plan's, with no spread. */
    record Fixed(Duration duration) implements DurationDistribution {

        public Fixed {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("a duration cannot be negative: " + duration);
            }
        }

        @Override
        public Duration quantile(double p) {
            requireProbability(p);
            return duration;
        }

        @Override
        public int sampleCount() {
            return 0;
        }
    }

    /** A prior and history, blended as {@link DurationDistribution#blend(DurationDistribution, DurationDistribution, int)} says. */
    record Blended(DurationDistribution prior, DurationDistribution history, int priorWeight)
            implements DurationDistribution {

        /** The share of each quantile that comes from history: n / (n + k). */
        public double historyWeight() {
            int n = history.sampleCount();
            return (double) n / (n + priorWeight);
        }

        @Override
        public Duration quantile(double p) {
            double w = historyWeight();
            double seconds = (1 - w) * prior.quantile(p).getSeconds() + w * history.quantile(p).getSeconds();
            return Duration.ofSeconds(Math.round(seconds));
        }

        @Override
        public int sampleCount() {
            return history.sampleCount();
        }
    }
}

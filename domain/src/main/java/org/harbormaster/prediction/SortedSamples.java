package org.harbormaster.prediction;

/** Quantiles of sorted observations, interpolating linearly between order statistics (durations and lateness alike). */
final class SortedSamples {

    private SortedSamples() {
    }

    /** The {@code p} quantile of {@code sorted} (ascending, not empty), in the samples' own unit, rounded. */
    static long quantile(long[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return Math.round(sorted[below] + (position - below) * (sorted[above] - sorted[below]));
    }
}

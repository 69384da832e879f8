package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When something is predicted to happen: the median (P50) and the 90th percentile (P90), never earlier
 * than the median.
 *
 * <p>How the quantiles travel along a shipment: waiting for a planned start is a maximum with a fixed time,
 * and a maximum keeps quantiles exactly (the P90 of max(t, X) is max(t, P90 of X)). Adding a leg's duration
 * is a sum, whose quantiles do not add: medians are added, and the spreads (P90 − P50) are added as a
 * root-sum-square, as they would be for independent normal delays. That keeps P90 above P50 and grows
 * the spread with every leg, but slower than adding the P90s would, which would assume every leg runs late
 * together.
 */
public record PredictedTime(Instant p50, Instant p90) {

    public PredictedTime {
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        if (p90.isBefore(p50)) {
            throw new IllegalArgumentException("a P90 (" + p90 + ") cannot come before the P50 (" + p50 + ")");
        }
    }

    /** Something that happened, or a time fixed in advance: no spread. */
    public static PredictedTime exactly(Instant at) {
        return new PredictedTime(at, at);
    }

    public Duration spread() {
        return Duration.between(p50, p90);
    }

    /** Waiting for {@code earliest} where the prediction is earlier (exact for both quantiles). */
    public PredictedTime notBefore(Instant earliest) {
        return new PredictedTime(later(p50, earliest), later(p90, earliest));
    }

    /** Followed by a duration with the given median and P90: medians add, spreads add as a root-sum-square. */
    public PredictedTime plus(Duration median, Duration p90OfDuration) {
        double legSpread = p90OfDuration.minus(median).getSeconds();
        double ownSpread = spread().getSeconds();
        long spreadSeconds = Math.round(Math.sqrt(ownSpread * ownSpread + legSpread * legSpread));
        Instant newP50 = p50.plus(median);
        return new PredictedTime(newP50, newP50.plusSeconds(spreadSeconds));
    }

    /**
     * Something that has not happened by {@code asOf} cannot be predicted before it: an overdue median moves
     * to {@code asOf} and keeps its spread ahead of it, since being late says nothing about being less unsure.
     */
    public PredictedTime notYetHappenedBy(Instant asOf) {
        if (!p50.isBefore(asOf)) {
            return this;
        }
        return new PredictedTime(asOf, asOf.plus(spread()));
    }

    /** The point {@code share} (0 to 1) of the way from this to {@code to}, quantile by quantile. */
    PredictedTime towards(PredictedTime to, double share) {
        return new PredictedTime(between(p50, to.p50, share), between(p90, to.p90, share));
    }

    private static Instant between(Instant from, Instant to, double share) {
        return from.plusSeconds(Math.round(Duration.between(from, to).getSeconds() * share));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package org.harbormaster.prediction;

import java.time.Duration;
import java.util.Optional;
import org.harbormaster.shipment.LegType;

/**
 * How one remaining leg was predicted: the duration distribution used and where it came from, and when the
 * leg is predicted to start and end. For the leg the cargo is on, the start is the anchor's actual time.
 *
 * @param key             the key the distribution was found under; empty when the plan or a sailing decided
 * @param sailingsMissed  for a transshipment, how many sailings of the connecting service the cargo misses
 *                        at the P50 arrival at the hub (0: the connection is made)
 * @param sailingsMissedAtP90 the same at the P90 arrival
 */
public record LegForecast(int legIndex, LegType legType, Basis basis, Optional<LegKey> key,
                          DurationDistribution distribution, PredictedTime start, PredictedTime end,
                          int sailingsMissed, int sailingsMissedAtP90) {

    /** What a leg's duration rests on. */
    public enum Basis {
        /** A distribution found under {@link #key()} (history, a prior, or both blended). */
        DISTRIBUTION,
        /** No distribution under any key: the planned duration, with no spread. */
        PLANNED_DURATION,
        /** A transshipment: the dwell lasts until the connecting vessel sails. */
        CONNECTING_SAILING
    }

    public Duration p50() {
        return distribution.p50();
    }

    public Duration p90() {
        return distribution.p90();
    }

    public int sampleCount() {
        return distribution.sampleCount();
    }

    public boolean missesConnection() {
        return sailingsMissed > 0;
    }
}

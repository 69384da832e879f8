package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
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
 * @param lateness        how late the carrier's time was taken to run, for a leg predicted from it (else null)
 * @param carrierTime     the carrier's time the leg's end was predicted from (its estimate, else the plan);
 *                        null for a leg predicted by a distribution or a sailing
 */
public record LegForecast(int legIndex, LegType legType, Basis basis, Optional<LegKey> key,
                          DurationDistribution distribution, PredictedTime start, PredictedTime end,
                          int sailingsMissed, int sailingsMissedAtP90, Lateness lateness, Instant carrierTime) {

    public LegForecast(int legIndex, LegType legType, Basis basis, Optional<LegKey> key,
                       DurationDistribution distribution, PredictedTime start, PredictedTime end,
                       int sailingsMissed, int sailingsMissedAtP90) {
        this(legIndex, legType, basis, key, distribution, start, end, sailingsMissed, sailingsMissedAtP90, null, null);
    }

    /** What a leg's duration rests on. */
    public enum Basis {
        /** A distribution found under {@link #key()} (history, a prior, or both blended). */
        DISTRIBUTION,
        /** No distribution under any key: the planned duration, moved by how late such legs run. */
        PLANNED_DURATION,
        /** The carrier's own estimate of the leg's end, moved by how late carriers' times run. */
        CARRIER_ESTIMATE,
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

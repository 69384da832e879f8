package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;

/**
 * How long one leg of a shipment really took, as the prediction propagates it: from the moment the previous
 * leg ended (or, for the first or where that is not known, its own first milestone) to its own last milestone. So a leg's duration
 * includes any wait for it to start, which is what a prediction chained leg after leg needs.
 *
 * @param key      the most specific key of the leg (its fallbacks are the more general ones)
 * @param duration the time it took
 * @param endedAt  when it ended: a model as of an instant learns only from legs ended by then
 * @param lateness how much later than planned it ended; null where the plan's time is the actual itself (a
 *                 tracking-only plan read from what happened), which says nothing about lateness
 */
public record LegObservation(LegKey key, Duration duration, Instant endedAt, Duration lateness) {

    public LegObservation(LegKey key, Duration duration, Instant endedAt) {
        this(key, duration, endedAt, null);
    }

    public LegObservation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /** Every leg of the shipment whose start and end both happened (cut-offs do not count). */
    public static List<LegObservation> of(Shipment shipment) {
        List<Leg> legs = shipment.plan().legs();
        Instant[] first = new Instant[legs.size()];
        Instant[] last = new Instant[legs.size()];
        int[] done = new int[legs.size()];
        for (Milestone m : shipment.milestones()) {
            if (m.type().isCutoff()) {
                continue;
            }
            int i = m.legIndex();
            if (m.actual() == null) {
                continue;
            }
            first[i] = first[i] == null ? m.actual() : first[i];
            last[i] = m.actual();
            done[i]++;
        }
        List<LegObservation> out = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            Instant end = last[i];
            boolean fromPrevious = i > 0 && last[i - 1] != null;
            Instant start = fromPrevious ? last[i - 1] : first[i];
            if (!fromPrevious && done[i] < 2) {
                continue;   // one milestone alone is no duration
            }
            if (start == null || end == null || !isLastMilestoneDone(shipment, i) || end.isBefore(start)) {
                continue;
            }
            Duration late = Duration.between(legs.get(i).plannedEnd(), end);
            out.add(new LegObservation(LegKey.of(legs.get(i)), Duration.between(start, end), end,
                    late.abs().compareTo(Duration.ofMinutes(1)) < 0 ? null : late));
        }
        return out;
    }

    private static boolean isLastMilestoneDone(Shipment shipment, int leg) {
        Milestone lastOfLeg = null;
        for (Milestone m : shipment.milestones()) {
            if (m.legIndex() == leg && !m.type().isCutoff()) {
                lastOfLeg = m;
            }
        }
        return lastOfLeg != null && lastOfLeg.actual() != null;
    }
}

package org.harbormaster.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.shipment.MilestoneType;

/**
 * Cuts a container's events into trips. Container numbers are reused for years: a tracking feed for one box
 * runs on from one cargo to the next. A trip ends with the empty's return after a voyage, or where the feed
 * falls silent for longer than any dwell (a box idle in a depot); estimates and planned times go to the trip
 * whose time span holds them.
 */
public final class ContainerTrips {

    /** Longer than the longest transshipment dwell seen in real histories (four weeks). */
    static final Duration SILENCE = Duration.ofDays(45);

    private ContainerTrips() {
    }

    public static List<List<MilestoneEvent>> split(List<MilestoneEvent> events) {
        List<MilestoneEvent> actuals = events.stream().filter(e -> e.kind() == TimeKind.ACTUAL && e.type() != null)
                .sorted(Comparator.comparing(MilestoneEvent::eventTime).thenComparing(MilestoneEvent::eventKey))
                .toList();
        List<Instant> starts = tripStarts(actuals);
        List<List<MilestoneEvent>> trips = new ArrayList<>();
        starts.forEach(s -> trips.add(new ArrayList<>()));
        if (trips.isEmpty()) {
            trips.add(new ArrayList<>());
        }
        for (MilestoneEvent event : events) {
            trips.get(tripOf(event.eventTime(), starts)).add(event);
        }
        trips.removeIf(List::isEmpty);
        return trips;
    }

    /** The first instant of each trip after the first (the first trip starts at the beginning of time). */
    private static List<Instant> tripStarts(List<MilestoneEvent> actuals) {
        List<Instant> starts = new ArrayList<>();
        starts.add(Instant.MIN);
        boolean voyaged = false;
        MilestoneEvent previous = null;
        for (MilestoneEvent event : actuals) {
            boolean silence = previous != null
                    && Duration.between(previous.eventTime(), event.eventTime()).compareTo(SILENCE) > 0;
            boolean afterReturn = previous != null && voyaged && previous.type() == MilestoneType.EMPTY_RETURNED
                    && event.type() != MilestoneType.EMPTY_RETURNED;
            if (silence || afterReturn) {
                starts.add(event.eventTime());
                voyaged = false;
            }
            voyaged |= event.type() == MilestoneType.ARRIVED || event.type() == MilestoneType.DISCHARGED;
            previous = event;
        }
        return starts;
    }

    private static int tripOf(Instant time, List<Instant> starts) {
        int trip = 0;
        for (int i = 1; i < starts.size(); i++) {
            if (!time.isBefore(starts.get(i))) {
                trip = i;
            }
        }
        return trip;
    }
}

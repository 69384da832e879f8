package org.harbormaster.tracking;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/** Tracking-feed events for tests: what happened to one container, where, when, and when it was reported. */
final class TrackedEvents {

    static final ContainerNumber BOX = ContainerNumber.of("CSQU3054383");
    private static final EventSource FEED = new EventSource(EventFormat.CSV, "tracking-service");
    private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

    private TrackedEvents() {
    }

    static MilestoneEvent actual(MilestoneType type, String place, String time, TransportMode mode) {
        return event(type, place, time, TimeKind.ACTUAL, mode, time, false);
    }

    static MilestoneEvent estimated(MilestoneType type, String place, String time, String reportedAt) {
        return event(type, place, time, TimeKind.ESTIMATED, TransportMode.VESSEL, reportedAt, false);
    }

    static MilestoneEvent planned(MilestoneType type, String place, String time, String reportedAt) {
        return event(type, place, time, TimeKind.PLANNED, TransportMode.VESSEL, reportedAt, false);
    }

    static MilestoneEvent emptyReturned(String place, String time) {
        return event(MilestoneType.EMPTY_RETURNED, place, time, TimeKind.ACTUAL, TransportMode.TRUCK, time, true);
    }

    private static MilestoneEvent event(MilestoneType type, String place, String time, TimeKind kind,
                                        TransportMode mode, String reportedAt, boolean empty) {
        Instant at = Instant.parse(time + ":00Z");
        return new MilestoneEvent(type + "@" + place + "@" + time + "@" + kind, type, type.name(), kind, at,
                UnLocode.of(place), null, mode, List.of(BOX), List.of(), null, null, null, empty, FEED,
                Instant.parse(reportedAt + ":00Z"), RECEIVED, 1L);
    }
}

package org.harbormaster.bench;

import static java.time.Duration.ofHours;
import static java.time.Duration.ZERO;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;

/**
 * The events carrier, customs broker, railroad and trucker send about {@link RailImportViaBusan}, in the order
 * they come in: estimate updates and actuals from loading in Yantian to the empty container back at the
 * Chicago ramp. The cargo sails 10 h late, reaches Busan 20 h late (4 h inside the day the connection needs),
 * and stays about a day behind plan to the door. An actual is reported 20 minutes after it happens, an
 * estimate two hours after the message before it; each is received 5 minutes after it is reported.
 */
final class EventsAlongTheJourney {

    private static final EventSource CARRIER = new EventSource(EventFormat.DCSA, "MAEU");
    private static final EventSource RAILROAD = new EventSource(EventFormat.X12_315, "BNSF");
    private static final EventSource TRUCKER = new EventSource(EventFormat.API, "WCDR");
    private static final EventSource BROKER = new EventSource(EventFormat.CSV, "customs broker");
    private static final List<CarrierReference> BOOKING = List.of(new CarrierReference(ReferenceType.BOOKING,
            "MAEU240817"));

    private final Shipment booked;
    private final List<MilestoneEvent> events = new ArrayList<>();
    private Instant lastReported;

    private EventsAlongTheJourney(Shipment booked) {
        this.booked = booked;
        this.lastReported = RailImportViaBusan.ETD.minus(Duration.ofDays(2));
    }

    static List<MilestoneEvent> of(Shipment booked) {
        EventsAlongTheJourney journey = new EventsAlongTheJourney(booked);
        TransportMode vessel = TransportMode.VESSEL;
        TransportMode rail = TransportMode.RAIL;
        TransportMode truck = TransportMode.TRUCK;
        return journey
                .estimated("DEPARTED@CNYTN", vessel, ofHours(10))
                .actual("LOADED@CNYTN", vessel, ofHours(8))
                .actual("DEPARTED@CNYTN", vessel, ofHours(10))
                .estimated("ARRIVED@KRPUS", vessel, ofHours(20))
                .actual("ARRIVED@KRPUS", vessel, ofHours(20))
                .actual("DISCHARGED@KRPUS", vessel, ofHours(22))
                .estimated("DEPARTED@KRPUS", vessel, ZERO)
                .actual("LOADED@KRPUS", vessel, ofHours(-4))
                .actual("DEPARTED@KRPUS", vessel, ofHours(3))
                .estimated("ARRIVED@USLAX", vessel, ofHours(24))
                .actual("ARRIVED@USLAX", vessel, ofHours(26))
                .actual("DISCHARGED@USLAX", vessel, ofHours(32))
                .actual("CUSTOMS_RELEASED@USLAX", null, ZERO)
                .estimated("DEPARTED@USLAX", rail, ofHours(24))
                .actual("DEPARTED@USLAX", rail, ofHours(30))
                .estimated("ARRIVED@USCHI", rail, ofHours(24))
                .actual("ARRIVED@USCHI", rail, ofHours(28))
                .actual("DISCHARGED@USCHI", rail, ofHours(32))
                .actual("AVAILABLE_FOR_PICKUP@USCHI", rail, ofHours(24))
                .actual("GATE_OUT@USCHI", truck, ofHours(26))
                .actual("DELIVERED@USCHI", truck, ofHours(28))
                .emptyGatedIn("EMPTY_RETURNED@USCHI", ofHours(4))
                .events;
    }

    private EventsAlongTheJourney actual(String milestoneKey, TransportMode mode, Duration lateBy) {
        Instant at = planned(milestoneKey).plus(lateBy);
        return add(type(milestoneKey), TimeKind.ACTUAL, milestoneKey, mode, at, at.plusSeconds(20 * 60), false);
    }

    private EventsAlongTheJourney estimated(String milestoneKey, TransportMode mode, Duration lateBy) {
        return add(type(milestoneKey), TimeKind.ESTIMATED, milestoneKey, mode, planned(milestoneKey).plus(lateBy),
                lastReported.plus(ofHours(2)), false);
    }

    /** A gate-in of the empty container: the event {@code EMPTY_RETURNED} milestones are reported by. */
    private EventsAlongTheJourney emptyGatedIn(String milestoneKey, Duration lateBy) {
        Instant at = planned(milestoneKey).plus(lateBy);
        return add(MilestoneType.GATE_IN, TimeKind.ACTUAL, milestoneKey, TransportMode.TRUCK, at,
                at.plusSeconds(20 * 60), true);
    }

    private EventsAlongTheJourney add(MilestoneType type, TimeKind kind, String milestoneKey, TransportMode mode,
                                      Instant at, Instant reportedAt, boolean empty) {
        if (!reportedAt.isAfter(lastReported)) {
            throw new IllegalStateException(milestoneKey + " would be reported before the message before it");
        }
        lastReported = reportedAt;
        String key = "HM26-004217/" + (events.size() + 1) + "/" + kind + "/" + milestoneKey;
        events.add(new MilestoneEvent(key, type, type.name(), kind, at, milestone(milestoneKey).location().locode(),
                null, mode, List.of(RailImportViaBusan.BOX), BOOKING, null, null, null, empty, sourceFor(mode),
                reportedAt, reportedAt.plusSeconds(5 * 60), null));
        return this;
    }

    private static EventSource sourceFor(TransportMode mode) {
        if (mode == null) {
            return BROKER;
        }
        return switch (mode) {
            case RAIL -> RAILROAD;
            case TRUCK -> TRUCKER;
            default -> CARRIER;
        };
    }

    private Instant planned(String milestoneKey) {
        return milestone(milestoneKey).planned();
    }

    private MilestoneType type(String milestoneKey) {
        return milestone(milestoneKey).type();
    }

    private Milestone milestone(String milestoneKey) {
        return booked.milestone(milestoneKey)
                .orElseThrow(() -> new IllegalArgumentException("the plan has no milestone " + milestoneKey));
    }
}

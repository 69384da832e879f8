package org.harbormaster.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.tracking.TrackedEvents.BOX;
import static org.harbormaster.tracking.TrackedEvents.actual;
import static org.harbormaster.tracking.TrackedEvents.emptyReturned;
import static org.harbormaster.tracking.TrackedEvents.estimated;
import static org.harbormaster.tracking.TrackedEvents.planned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.ShipmentStatus;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** A container's trip, as a tracking feed shows it, read into a plan of legs and a tracking-only shipment. */
class TrackedRouteTest {

    /** Chattogram, via Singapore, to Long Beach, by rail to Chicago, out of the ramp, empty back. */
    private static List<MilestoneEvent> chattogramToChicago() {
        return new ArrayList<>(List.of(
                actual(MilestoneType.GATE_IN, "BDCGP", "2026-06-16T17:45", TransportMode.TRUCK),
                actual(MilestoneType.LOADED, "BDCGP", "2026-06-22T00:30", TransportMode.VESSEL),
                actual(MilestoneType.DEPARTED, "BDCGP", "2026-06-22T03:15", TransportMode.VESSEL),
                actual(MilestoneType.ARRIVED, "SGSIN", "2026-06-29T05:40", TransportMode.VESSEL),
                actual(MilestoneType.DISCHARGED, "SGSIN", "2026-06-30T00:25", TransportMode.VESSEL),
                actual(MilestoneType.LOADED, "SGSIN", "2026-07-11T12:49", TransportMode.VESSEL),
                planned(MilestoneType.ARRIVED, "USLGB", "2026-08-10T18:00", "2026-07-11T13:45"),
                estimated(MilestoneType.ARRIVED, "USLGB", "2026-08-12T18:00", "2026-08-01T00:00"),
                actual(MilestoneType.ARRIVED, "USLGB", "2026-08-12T22:00", TransportMode.VESSEL),
                actual(MilestoneType.DISCHARGED, "USLGB", "2026-08-13T04:00", TransportMode.VESSEL),
                actual(MilestoneType.DEPARTED, "USLGB", "2026-08-16T04:00", TransportMode.RAIL),
                actual(MilestoneType.ARRIVED, "USCHI", "2026-08-20T10:00", TransportMode.RAIL),
                actual(MilestoneType.GATE_OUT, "USCHI", "2026-08-21T10:00", TransportMode.TRUCK),
                emptyReturned("USCHI", "2026-08-24T10:00")));
    }

    @Test
    void the_legs_follow_the_places_the_container_went() {
        Plan plan = TrackedRoute.plan(chattogramToChicago()).orElseThrow();

        assertThat(plan.legs()).extracting(Leg::type).containsExactly(LegType.ORIGIN_TERMINAL, LegType.MAIN_CARRIAGE,
                LegType.TRANSSHIPMENT, LegType.MAIN_CARRIAGE, LegType.DESTINATION_TERMINAL, LegType.ON_CARRIAGE,
                LegType.DESTINATION_TERMINAL, LegType.DELIVERY, LegType.EMPTY_RETURN);
        assertThat(plan.legs().get(3).to().locode().value()).isEqualTo("USLGB");
        assertThat(plan.legs().get(5).mode()).isEqualTo(TransportMode.RAIL);
        assertThat(plan.legs().get(5).to().locode().value()).isEqualTo("USCHI");
    }

    @Test
    void a_legs_planned_time_is_what_the_feed_first_said_not_what_happened() {
        Plan plan = TrackedRoute.plan(chattogramToChicago()).orElseThrow();

        assertThat(plan.legs().get(3).plannedEnd()).isEqualTo(Instant.parse("2026-08-10T18:00:00Z"));
        assertThat(plan.legs().get(1).plannedStart()).isEqualTo(Instant.parse("2026-06-22T03:15:00Z"));
    }

    @Test
    void only_the_events_given_count_so_a_backtest_sees_the_route_as_known_then() {
        List<MilestoneEvent> knownEarly = chattogramToChicago().subList(0, 6);

        Plan early = TrackedRoute.plan(knownEarly).orElseThrow();

        assertThat(early.lastLeg().to().locode().value()).isEqualTo("SGSIN");
    }

    @Test
    void a_feed_that_never_shows_a_voyage_gives_no_plan() {
        assertThat(TrackedRoute.plan(List.of(
                actual(MilestoneType.GATE_IN, "BDCGP", "2026-06-16T17:45", TransportMode.TRUCK)))).isEmpty();
    }

    @Test
    void the_tracking_only_shipment_is_keyed_by_container_and_finished_by_the_empty_return() {
        List<MilestoneEvent> events = chattogramToChicago();
        TrackingOnlyShipment.Trip trip = TrackingOnlyShipment.of(BOX, events).orElseThrow();
        Shipment shipment = EventApplication.applyAll(
                Shipment.book(ShipmentId.random(), trip.details(), trip.plan(), Instant.parse("2026-11-01T00:00:00Z")),
                events);

        assertThat(shipment.reference()).isEqualTo("TRK-CSQU3054383-20260616");
        assertThat(TrackingOnlyShipment.isTrackingOnly(shipment)).isTrue();
        assertThat(shipment.details().cargo().containers()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(BOX);
            assertThat(c.sizeType()).isNull();
        });
        assertThat(shipment.details().region()).isEqualTo("US");
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.COMPLETED);
        assertThat(shipment.milestone("ARRIVED@USLGB").orElseThrow().actual())
                .isEqualTo(Instant.parse("2026-08-12T22:00:00Z"));
    }

    @Test
    void a_container_reused_after_its_empty_return_starts_a_new_trip() {
        List<MilestoneEvent> events = chattogramToChicago();
        events.add(actual(MilestoneType.GATE_IN, "USCHI", "2026-08-30T10:00", TransportMode.TRUCK));
        events.add(actual(MilestoneType.LOADED, "USLGB", "2026-09-03T10:00", TransportMode.VESSEL));
        events.add(actual(MilestoneType.ARRIVED, "CNSHA", "2026-09-20T10:00", TransportMode.VESSEL));

        List<List<MilestoneEvent>> trips = ContainerTrips.split(events);

        assertThat(trips).hasSize(2);
        assertThat(trips.get(0)).hasSize(14);
        assertThat(TrackingOnlyShipment.of(BOX, trips.get(1)).orElseThrow().plan().lastLeg().to().locode().value())
                .isEqualTo("CNSHA");
    }

    @Test
    void a_feed_silent_for_weeks_starts_a_new_trip() {
        List<MilestoneEvent> events = List.of(
                actual(MilestoneType.LOADED, "BDCGP", "2026-01-02T00:00", TransportMode.VESSEL),
                actual(MilestoneType.ARRIVED, "SGSIN", "2026-01-09T00:00", TransportMode.VESSEL),
                actual(MilestoneType.LOADED, "SGSIN", "2026-04-01T00:00", TransportMode.VESSEL));

        assertThat(ContainerTrips.split(events)).hasSize(2);
    }
}

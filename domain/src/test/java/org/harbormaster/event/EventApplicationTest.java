package org.harbormaster.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.event.Events.ETA;
import static org.harbormaster.event.Events.ETD;
import static org.harbormaster.event.Events.actual;
import static org.harbormaster.event.Events.event;
import static org.harbormaster.event.Events.viaBusan;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.event.EventApplication.Outcome;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.junit.jupiter.api.Test;

class EventApplicationTest {

    private final Shipment shipment = viaBusan();

    private static Milestone milestone(Shipment s, String key) {
        return s.milestone(key).orElseThrow();
    }

    @Test
    void a_vessel_departure_sets_the_actual_time_and_the_shipment_is_in_transit() {
        Instant departed = ETD.plus(Duration.ofHours(3));

        EventApplication.Applied applied = EventApplication.apply(shipment,
                actual("e1", MilestoneType.DEPARTED, departed, "CNYTN"));

        assertThat(applied.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(milestone(applied.shipment(), "DEPARTED@CNYTN").actual()).isEqualTo(departed);
        assertThat(applied.shipment().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void the_same_event_twice_changes_nothing_the_second_time() {
        MilestoneEvent departed = actual("e1", MilestoneType.DEPARTED, ETD, "CNYTN");
        Shipment once = EventApplication.apply(shipment, departed).shipment();

        EventApplication.Applied twice = EventApplication.apply(once, departed);

        assertThat(twice.outcome()).isEqualTo(Outcome.SUPERSEDED);
        assertThat(twice.shipment()).isEqualTo(once);
    }

    @Test
    void a_correction_reported_later_wins_and_an_older_report_arriving_late_does_not() {
        Instant wrong = ETA.plus(Duration.ofDays(1));
        Instant corrected = ETA.plus(Duration.ofHours(5));
        MilestoneEvent first = event("a1", MilestoneType.ARRIVED, TimeKind.ACTUAL, wrong, "USLGB", ETA.plus(Duration.ofDays(1)));
        MilestoneEvent correction = event("a2", MilestoneType.ARRIVED, TimeKind.ACTUAL, corrected, "USLGB",
                ETA.plus(Duration.ofDays(2)));

        Shipment inOrder = EventApplication.applyAll(shipment, java.util.List.of(first, correction));
        Shipment correctionFirst = EventApplication.applyAll(shipment, java.util.List.of(correction, first));

        assertThat(milestone(inOrder, "ARRIVED@USLGB").actual()).isEqualTo(corrected);
        assertThat(milestone(correctionFirst, "ARRIVED@USLGB").actual()).isEqualTo(corrected);
    }

    @Test
    void estimates_move_the_estimated_time_and_leave_the_actual_alone() {
        Instant estimate = ETA.plus(Duration.ofDays(2));
        Shipment s = EventApplication.apply(shipment, event("est1", MilestoneType.ARRIVED, TimeKind.ESTIMATED,
                estimate, "USLGB", ETD.plus(Duration.ofDays(5)))).shipment();

        assertThat(milestone(s, "ARRIVED@USLGB").estimated()).isEqualTo(estimate);
        assertThat(milestone(s, "ARRIVED@USLGB").actual()).isNull();
        assertThat(milestone(s, "ARRIVED@USLGB").planned()).isEqualTo(ETA);
    }

    @Test
    void the_transshipment_port_is_told_apart_from_the_final_port_by_location() {
        Instant atBusan = ETD.plus(Duration.ofDays(4));
        Shipment s = EventApplication.apply(shipment, actual("d1", MilestoneType.DISCHARGED, atBusan, "KRPUS")).shipment();

        assertThat(milestone(s, "DISCHARGED@KRPUS").actual()).isEqualTo(atBusan);
        assertThat(milestone(s, "DISCHARGED@USLGB").actual()).isNull();
    }

    @Test
    void an_empty_container_gated_in_is_the_empty_return() {
        Instant returned = ETA.plus(Duration.ofDays(9));
        MilestoneEvent gateInEmpty = new MilestoneEvent("g1", MilestoneType.GATE_IN, "GTIN", TimeKind.ACTUAL, returned,
                org.harbormaster.identity.UnLocode.of("USLGB"), null, null, java.util.List.of(Events.BOX),
                java.util.List.of(), null, null, null, true, Events.CARRIER, returned, returned, null);

        Shipment s = EventApplication.apply(shipment, gateInEmpty).shipment();

        assertThat(milestone(s, "EMPTY_RETURNED@USLGB").actual()).isEqualTo(returned);
    }

    @Test
    void an_unknown_code_or_a_place_off_the_plan_reports_no_milestone() {
        assertThat(EventApplication.apply(shipment, actual("u1", null, ETD, "CNYTN")).outcome())
                .isEqualTo(Outcome.NO_MILESTONE);
        assertThat(EventApplication.apply(shipment, actual("x1", MilestoneType.DISCHARGED, ETA, "NLRTM")).outcome())
                .isEqualTo(Outcome.NO_MILESTONE);
    }
}

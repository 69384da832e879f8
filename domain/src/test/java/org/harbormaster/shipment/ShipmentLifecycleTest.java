package org.harbormaster.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harbormaster.shipment.ShipmentFixtures.ETD;
import static org.harbormaster.shipment.ShipmentFixtures.at;
import static org.harbormaster.shipment.ShipmentFixtures.bookedFclImport;
import static org.harbormaster.shipment.ShipmentFixtures.yantianToLongBeach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentLifecycleTest {

    private static Shipment happened(Shipment shipment, String key, Instant when) {
        return shipment.withMilestones(shipment.milestones().stream()
                .map(m -> m.key().equals(key) ? m.withActual(when) : m).toList());
    }

    @Test
    void a_new_booking_is_booked_and_expects_its_first_real_milestone_next() {
        Shipment shipment = bookedFclImport();

        assertThat(shipment.status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(shipment.nextExpected()).map(Milestone::key).contains("LOADED@CNYTN");
    }

    @Test
    void status_follows_the_furthest_milestone_that_happened() {
        Shipment shipment = bookedFclImport();
        shipment = happened(shipment, "DEPARTED@CNYTN", ETD);
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);

        shipment = happened(shipment, "ARRIVED@USLGB", ETD.plus(Duration.ofDays(16)));
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.ARRIVED);

        shipment = happened(shipment, "DELIVERED@USLGB", ETD.plus(Duration.ofDays(20)));
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);

        shipment = happened(shipment, "EMPTY_RETURNED@USLGB", ETD.plus(Duration.ofDays(23)));
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.COMPLETED);
    }

    @Test
    void discharge_reported_without_arrival_still_counts_as_arrived() {
        Shipment shipment = happened(bookedFclImport(), "DISCHARGED@USLGB", ETD.plus(Duration.ofDays(17)));

        assertThat(shipment.status()).isEqualTo(ShipmentStatus.ARRIVED);
    }

    @Test
    void replanning_keeps_what_already_happened_at_the_same_milestones() {
        Instant loaded = ETD.minus(Duration.ofHours(5));
        Shipment shipment = happened(bookedFclImport(), "LOADED@CNYTN", loaded);

        Plan viaBusan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(yantianToLongBeach().via(at("KRPUS")).build());
        Shipment replanned = shipment.replan(viaBusan);

        assertThat(replanned.milestone("LOADED@CNYTN")).map(Milestone::actual).contains(loaded);
        assertThat(replanned.milestone("LOADED@KRPUS")).map(Milestone::actual).isEmpty();
        assertThat(replanned.milestones()).extracting(Milestone::key).contains("DISCHARGED@KRPUS");
    }

    @Test
    void a_cancelled_shipment_cannot_be_replanned_or_cancelled_again() {
        Shipment cancelled = bookedFclImport().cancel(new Cancellation("customer withdrew order", ETD, "ops1"));

        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThatThrownBy(() -> cancelled.cancel(new Cancellation("again", ETD, null)))
                .isInstanceOf(InvalidShipmentException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> cancelled.replan(cancelled.plan()))
                .isInstanceOf(InvalidShipmentException.class);
    }

    @Test
    void milestone_times_read_in_the_local_time_of_their_place() {
        Milestone departed = bookedFclImport().milestone("DEPARTED@CNYTN").orElseThrow();

        assertThat(departed.plannedLocal()).hasValueSatisfying(local -> {
            assertThat(local.getZone().getId()).isEqualTo("Asia/Shanghai");
            assertThat(local.getHour()).isEqualTo(14);
        });
    }

    @Test
    void a_plan_whose_legs_do_not_connect_is_refused_naming_the_leg() {
        Plan plan = bookedFclImport().plan();
        List<Leg> legs = new java.util.ArrayList<>(plan.legs());
        Leg delivery = legs.get(3);
        legs.set(3, new Leg(delivery.type(), delivery.mode(), delivery.vendor(), Location.of(at("USLAX")),
                delivery.to(), delivery.plannedStart(), delivery.plannedEnd(), null, null));

        assertThatThrownBy(() -> new Plan(legs)).isInstanceOfSatisfying(InvalidShipmentException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("plan.legs[3].from"));
    }

    @Test
    void an_fcl_shipment_without_containers_is_refused() {
        ShipmentDetails good = ShipmentFixtures.fclImportDetails();

        assertThatThrownBy(() -> new ShipmentDetails(good.reference(), good.customer(), Mode.OCEAN_FCL,
                good.direction(), null, List.of(), good.origin(), good.destination(), ShipmentFixtures.airCargo(),
                List.of(), null, "US-WEST", null, null, null))
                .isInstanceOfSatisfying(InvalidShipmentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("cargo.containers"));
    }
}

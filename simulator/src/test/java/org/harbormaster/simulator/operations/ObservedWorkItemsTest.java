package org.harbormaster.simulator.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;
import org.junit.jupiter.api.Test;

/**
 * The operators' three rules, read from the shipment as Harbormaster knows it: an FCL import from Yantian
 * sailing Wednesday 4 March 2026, planned into Long Beach on 21 March, trucked to Ontario.
 */
class ObservedWorkItemsTest {

    private static final Instant SAILS = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant ARRIVES = Instant.parse("2026-03-21T15:00:00Z");
    private static final ObservedWorkItems RULES = new ObservedWorkItems(
            locode -> locode.value().equals("USLGB") ? 4 : null, Duration.ofDays(1));

    @Test
    void a_departure_not_recorded_a_day_after_plan_raises_a_suspected_rollover() {
        Shipment booked = shipment();

        assertThat(RULES.review(booked, SAILS.plus(Duration.ofHours(20)))).isEmpty();
        assertThat(RULES.review(booked, SAILS.plus(Duration.ofHours(30))))
                .extracting(WorkItem::kind).containsExactly(WorkItem.Kind.ROLLOVER_SUSPECTED);
        assertThat(RULES.review(done(booked, MilestoneType.DEPARTED, SAILS), SAILS.plus(Duration.ofHours(30))))
                .isEmpty();
    }

    @Test
    void no_customs_release_a_day_and_a_half_after_discharge_raises_a_suspected_hold() {
        Instant discharged = ARRIVES.plus(Duration.ofHours(10));
        Shipment atPort = done(done(shipment(), MilestoneType.DEPARTED, SAILS), MilestoneType.DISCHARGED, discharged);

        assertThat(RULES.review(atPort, discharged.plus(Duration.ofHours(30)))).isEmpty();
        assertThat(RULES.review(atPort, discharged.plus(Duration.ofHours(40))))
                .extracting(WorkItem::kind).containsExactly(WorkItem.Kind.CUSTOMS_HOLD);
    }

    @Test
    void a_carrier_reporting_a_customs_inspection_raises_a_hold_at_once() {
        Instant discharged = ARRIVES.plus(Duration.ofHours(10));
        Shipment atPort = done(done(shipment(), MilestoneType.DEPARTED, SAILS), MilestoneType.DISCHARGED, discharged);
        MilestoneEvent inspection = new MilestoneEvent("DCSA:1", null, "CUSI/LADEN", TimeKind.ACTUAL,
                discharged.plus(Duration.ofHours(4)), UnLocode.of("USLGB"), null, null, List.of(), List.of(), null,
                null, null, false, new EventSource(EventFormat.DCSA, "COSU"), null, discharged.plus(Duration.ofHours(5)),
                null);

        assertThat(RULES.signalled(atPort, inspection, discharged.plus(Duration.ofHours(5))))
                .extracting(WorkItem::kind).containsExactly(WorkItem.Kind.CUSTOMS_HOLD);
    }

    @Test
    void a_container_still_in_the_terminal_the_day_before_its_last_free_day_ends_raises_an_item_due_then() {
        // discharged Sunday 22 March in Long Beach: four working days free, the last one Thursday 26 March
        Instant discharged = Instant.parse("2026-03-22T17:00:00Z");
        Shipment waiting = done(done(done(shipment(), MilestoneType.DEPARTED, SAILS), MilestoneType.DISCHARGED,
                discharged), MilestoneType.CUSTOMS_RELEASED, discharged.plus(Duration.ofHours(3)));
        Instant lastFreeDayEnds = Instant.parse("2026-03-27T07:00:00Z");

        assertThat(RULES.review(waiting, Instant.parse("2026-03-25T13:00:00Z"))).isEmpty();
        assertThat(RULES.review(waiting, Instant.parse("2026-03-26T13:00:00Z"))).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkItem.Kind.LAST_FREE_DAY_APPROACHING);
            assertThat(item.deadline()).isEqualTo(lastFreeDayEnds);
        });
        Shipment pickedUp = done(waiting, MilestoneType.GATE_OUT, Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(RULES.review(pickedUp, Instant.parse("2026-03-26T17:00:00Z"))).isEmpty();
    }

    private static Shipment done(Shipment shipment, MilestoneType type, Instant at) {
        List<Milestone> milestones = new ArrayList<>(shipment.milestones());
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).type() == type) {
                milestones.set(i, milestones.get(i).withActual(at));
                break;
            }
        }
        return shipment.withMilestones(milestones);
    }

    private static Shipment shipment() {
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(PlanInputs
                .between(UnLocode.of("CNYTN"), UnLocode.of("USLGB"))
                .sailing(SAILS, ARRIVES)
                .carrier(new Vendor("COSU", "COSCO"), null)
                .deliveringTo(new Location(UnLocode.of("USONT"), "Sunhome DC"), new Vendor("HBTR", null))
                .build());
        ShipmentDetails details = new ShipmentDetails("HM-1", new Customer("SUNHOME", null), Mode.OCEAN_FCL,
                Direction.IMPORT, Incoterm.FOB, List.of(), Place.port(UnLocode.of("CNYTN")),
                Place.port(UnLocode.of("USONT")),
                Cargo.ofContainers(List.of(new Container(ContainerNumber.of("CSQU3054383"), SizeType.of("45G1")))),
                List.of(new CarrierReference(ReferenceType.BOOKING, "COS260000001")), Scac.of("COSU"), "US imports",
                "GOLD", null, null);
        return Shipment.book(new ShipmentId(new java.util.UUID(0, 1)), details, plan, SAILS.minus(Duration.ofDays(10)));
    }
}

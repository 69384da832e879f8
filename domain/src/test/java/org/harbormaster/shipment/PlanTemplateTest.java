package org.harbormaster.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harbormaster.shipment.ShipmentFixtures.ETA;
import static org.harbormaster.shipment.ShipmentFixtures.ETD;
import static org.harbormaster.shipment.ShipmentFixtures.at;
import static org.harbormaster.shipment.ShipmentFixtures.door;
import static org.harbormaster.shipment.ShipmentFixtures.yantianToLongBeach;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTemplateTest {

    @Test
    void fcl_import_to_door_runs_from_the_origin_terminal_to_empty_return() {
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(yantianToLongBeach().build());

        assertThat(plan.legs()).extracting(Leg::type).containsExactly(LegType.ORIGIN_TERMINAL,
                LegType.MAIN_CARRIAGE, LegType.DESTINATION_TERMINAL, LegType.DELIVERY, LegType.EMPTY_RETURN);
        assertThat(plan.impliedMilestones()).extracting(Milestone::key).containsExactly(
                "DOCUMENTATION_CUTOFF@CNYTN", "VGM_CUTOFF@CNYTN", "CARGO_CUTOFF@CNYTN", "LOADED@CNYTN",
                "DEPARTED@CNYTN", "ARRIVED@USLGB", "DISCHARGED@USLGB", "CUSTOMS_RELEASED@USLGB",
                "AVAILABLE_FOR_PICKUP@USLGB", "GATE_OUT@USLGB", "DELIVERED@USLGB", "EMPTY_RETURNED@USLGB");
    }

    @Test
    void cut_offs_come_before_the_sailing_in_the_order_the_carrier_sets_them() {
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(yantianToLongBeach().build());

        List<Milestone> cutoffs = plan.impliedMilestones().stream().filter(m -> m.type().isCutoff()).toList();
        assertThat(cutoffs).hasSize(3).allSatisfy(m -> assertThat(m.planned()).isBefore(ETD));
        assertThat(cutoffs.get(0).type()).isEqualTo(MilestoneType.DOCUMENTATION_CUTOFF);
        assertThat(cutoffs.get(0).planned()).isEqualTo(ETD.minus(Duration.ofDays(4)));
    }

    @Test
    void transshipment_splits_the_voyage_at_the_hub_with_discharge_and_reload() {
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(yantianToLongBeach().via(at("KRPUS")).build());

        assertThat(plan.legs()).extracting(Leg::type).startsWith(LegType.ORIGIN_TERMINAL, LegType.MAIN_CARRIAGE,
                LegType.TRANSSHIPMENT, LegType.MAIN_CARRIAGE, LegType.DESTINATION_TERMINAL);
        Leg first = plan.legs().get(1);
        Leg hub = plan.legs().get(2);
        Leg second = plan.legs().get(3);
        assertThat(first.to().locode()).isEqualTo(at("KRPUS"));
        assertThat(Duration.between(hub.plannedStart(), hub.plannedEnd())).isEqualTo(PlanTemplate.OCEAN_HUB_DWELL);
        assertThat(second.plannedEnd()).isEqualTo(ETA);
        assertThat(plan.transshipmentPoints()).extracting(Location::locode).containsExactly(at("KRPUS"));
        assertThat(plan.impliedMilestones()).extracting(Milestone::key)
                .contains("DISCHARGED@KRPUS", "LOADED@KRPUS", "DEPARTED@KRPUS", "ARRIVED@KRPUS");
    }

    @Test
    void rail_template_carries_the_box_to_the_inland_ramp_before_delivery() {
        Plan plan = PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR.draft(yantianToLongBeach()
                .byRailTo(at("USCHI"), new Vendor("UPRR", "Union Pacific"))
                .deliveringTo(door("USCHI"), null).build());

        Leg rail = plan.legs().stream().filter(l -> l.type() == LegType.ON_CARRIAGE).findFirst().orElseThrow();
        assertThat(rail.mode()).isEqualTo(TransportMode.RAIL);
        assertThat(rail.from().locode()).isEqualTo(at("USLGB"));
        assertThat(rail.to().locode()).isEqualTo(at("USCHI"));
        assertThat(plan.impliedMilestones()).extracting(Milestone::key).contains("DEPARTED@USLGB", "ARRIVED@USCHI",
                "AVAILABLE_FOR_PICKUP@USCHI", "DELIVERED@USCHI")
                .doesNotContain("AVAILABLE_FOR_PICKUP@USLGB");
    }

    @Test
    void a_template_says_which_inputs_its_flow_cannot_do_without() {
        PlanInputs noDoorNoRamp = PlanInputs.between(at("CNYTN"), at("USLGB")).sailing(ETD, ETA).build();

        assertThatThrownBy(() -> PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR.draft(noDoorNoRamp))
                .isInstanceOfSatisfying(InvalidShipmentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("template.destinationDoor", "template.inlandRamp"));
    }

    @Test
    void arrival_before_departure_is_refused() {
        PlanInputs backwards = yantianToLongBeach().sailing(ETA, ETD).build();

        assertThatThrownBy(() -> PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(backwards))
                .isInstanceOfSatisfying(InvalidShipmentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("template.arrival"));
    }

    @Test
    void every_template_drafts_a_consistent_plan() {
        PlanInputs all = yantianToLongBeach().via(at("SGSIN"))
                .pickingUpAt(door("CNSZX"), new Vendor("SZTRUCK", null))
                .byRailTo(at("USCHI"), new Vendor("BNSF", null)).build();
        PlanInputs air = PlanInputs.between(at("HKHKG"), at("USORD"))
                .sailing(ETD, ETD.plus(Duration.ofHours(16)))
                .pickingUpAt(door("CNSZX"), null).deliveringTo(door("USCHI"), null).build();

        for (PlanTemplate template : PlanTemplate.values()) {
            Plan plan = template.draft(template == PlanTemplate.AIR_DOOR_TO_DOOR ? air : all);
            List<Milestone> milestones = plan.impliedMilestones();
            assertThat(milestones).as(template.name()).isNotEmpty();
            assertThat(milestones).extracting(Milestone::key).doesNotHaveDuplicates();
            List<Milestone> events = milestones.stream().filter(m -> !m.type().isCutoff()).toList();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).planned()).as(template + " " + events.get(i).key())
                        .isAfterOrEqualTo(events.get(i - 1).planned());
            }
        }
    }

    @Test
    void air_door_to_door_has_a_cargo_cut_off_before_the_flight() {
        PlanInputs air = PlanInputs.between(at("HKHKG"), at("USORD"))
                .sailing(ETD, ETD.plus(Duration.ofHours(16)))
                .carrier(new Vendor("CX", "Cathay Cargo"), Conveyance.flight("CX096"))
                .pickingUpAt(door("HKHKG"), null).deliveringTo(door("USCHI"), null).build();

        Plan plan = PlanTemplate.AIR_DOOR_TO_DOOR.draft(air);

        assertThat(plan.impliedMilestones()).filteredOn(m -> m.type() == MilestoneType.CARGO_CUTOFF)
                .singleElement().satisfies(m -> assertThat(m.planned()).isEqualTo(ETD.minus(Duration.ofHours(6))));
        assertThat(plan.legs()).filteredOn(l -> l.type() == LegType.MAIN_CARRIAGE)
                .singleElement().satisfies(l -> assertThat(l.mode()).isEqualTo(TransportMode.AIRCRAFT));
    }
}

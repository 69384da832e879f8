package org.harbormaster.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.event.Events.ETA;
import static org.harbormaster.event.Events.ETD;
import static org.harbormaster.event.Events.actual;
import static org.harbormaster.event.Events.event;
import static org.harbormaster.event.Events.viaBusan;

import java.time.Duration;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.junit.jupiter.api.Test;

class DataQualityCheckTest {

    @Test
    void discharged_before_loaded_is_an_impossible_sequence() {
        Shipment loaded = EventApplication.apply(viaBusan(),
                actual("l1", MilestoneType.LOADED, ETD.minus(Duration.ofHours(5)), "CNYTN")).shipment();

        MilestoneEvent dischargedEarlier = actual("d1", MilestoneType.DISCHARGED, ETD.minus(Duration.ofDays(2)), "USLGB");

        assertThat(DataQualityCheck.check(dischargedEarlier, loaded)).extracting(Finding::code)
                .containsExactly(FindingCode.IMPOSSIBLE_SEQUENCE);
    }

    @Test
    void an_actual_time_after_the_message_arrived_is_in_the_future() {
        MilestoneEvent future = event("f1", MilestoneType.ARRIVED, TimeKind.ACTUAL, ETA, "USLGB",
                ETA.minus(Duration.ofDays(3)));

        assertThat(DataQualityCheck.check(future, null)).extracting(Finding::code)
                .containsExactly(FindingCode.ACTUAL_IN_FUTURE);
    }

    @Test
    void an_estimate_in_the_future_is_fine() {
        MilestoneEvent estimate = event("e1", MilestoneType.ARRIVED, TimeKind.ESTIMATED, ETA, "USLGB",
                ETA.minus(Duration.ofDays(3)));

        assertThat(DataQualityCheck.check(estimate, viaBusan())).isEmpty();
    }

    @Test
    void a_discharge_at_a_port_the_plan_does_not_call_contradicts_the_plan() {
        MilestoneEvent rotterdam = actual("r1", MilestoneType.DISCHARGED, ETA, "NLRTM");

        assertThat(DataQualityCheck.check(rotterdam, viaBusan())).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.LOCATION_CONTRADICTS_PLAN);
            assertThat(finding.detail()).contains("NLRTM", "KRPUS", "USLGB");
        });
    }

    @Test
    void an_unknown_code_is_named_with_its_source() {
        assertThat(DataQualityCheck.check(actual("z1", null, ETD, "CNYTN"), null)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("ZZZ", "DCSA:MAEU"));
    }
}

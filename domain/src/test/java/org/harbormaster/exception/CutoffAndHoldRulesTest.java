package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.BOX;
import static org.harbormaster.exception.Scenario.clearReason;
import static org.harbormaster.exception.Scenario.la;
import static org.harbormaster.exception.Scenario.utc;

import org.harbormaster.money.Money;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** Cut-offs at origin, and customs, carrier and terminal holds at destination. */
class CutoffAndHoldRulesTest {

    @Test
    void shipping_instructions_not_filed_18_hours_before_the_documentation_cutoff_put_it_at_risk() {
        Scenario s = Scenario.yantianToLongBeach();

        s.reevaluate(utc("2026-11-26T12:00"));

        Alert cutoff = s.alert(RuleCode.CUTOFF_AT_RISK);
        assertThat(cutoff.key().subject()).isEqualTo("DOCUMENTATION_CUTOFF@CNYTN");
        assertThat(cutoff.finding().explanation()).isEqualTo("Documentation cut-off at CNYTN Fri 2026-11-27 14:00 "
                + "in 18 h; not reported as submitted (warning 24 h).");
        assertThat(cutoff.finding().actBy()).isEqualTo(utc("2026-11-27T06:00"));

        s.met(CutoffType.DOCUMENTATION).reevaluate(utc("2026-11-26T13:00"));

        assertThat(clearReason(s.cleared(RuleCode.CUTOFF_AT_RISK))).isEqualTo("cut-off met: reported as met");
    }

    @Test
    void a_full_container_not_gated_in_when_the_cargo_cutoff_passes_is_critical_until_it_gates_in() {
        Scenario s = Scenario.exportFromYantian().met(CutoffType.DOCUMENTATION).met(CutoffType.VGM);

        s.reevaluate(utc("2026-11-29T20:00"));

        Alert cutoff = s.alert(RuleCode.CUTOFF_AT_RISK);
        assertThat(cutoff.key().subject()).isEqualTo("CARGO_CUTOFF@CNYTN");
        assertThat(cutoff.finding().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(cutoff.finding().explanation()).isEqualTo("Cargo cut-off at CNYTN Mon 2026-11-30 02:00 passed 2 h "
                + "ago; no gate-in of the full container yet (warning 24 h).");

        s.actual(MilestoneType.GATE_IN, "CNYTN", utc("2026-11-29T19:00")).reevaluate(utc("2026-11-29T21:00"));

        assertThat(clearReason(s.cleared(RuleCode.CUTOFF_AT_RISK))).isEqualTo("cut-off met: gated in Mon 2026-11-30 03:00");
    }

    @Test
    void a_truck_expected_at_the_gate_after_the_cargo_cutoff_raises_it_days_ahead_and_clears_when_it_is_rescheduled() {
        Scenario s = Scenario.exportFromYantian().met(CutoffType.DOCUMENTATION).met(CutoffType.VGM)
                .estimated(MilestoneType.GATE_IN, "CNYTN", utc("2026-11-29T20:00"));

        s.reevaluate(utc("2026-11-26T00:00"));

        assertThat(s.alert(RuleCode.CUTOFF_AT_RISK).finding().explanation()).isEqualTo("Cargo cut-off at CNYTN "
                + "Mon 2026-11-30 02:00 in 90 h; gate-in expected Mon 2026-11-30 04:00 (carrier estimate), 2 h after it "
                + "(warning 24 h).");

        s.estimated(MilestoneType.GATE_IN, "CNYTN", utc("2026-11-28T06:00")).reevaluate(utc("2026-11-26T01:00"));

        assertThat(clearReason(s.cleared(RuleCode.CUTOFF_AT_RISK)))
                .isEqualTo("the cut-off is out of the warning window and the gate-in expected before it");
    }

    @Test
    void a_customs_exam_near_the_last_free_day_goes_to_customs_with_the_demurrage_it_may_cost() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.ARRIVED, "USLGB", la("2026-12-16T13:00"))
                .actual(MilestoneType.DISCHARGED, "USLGB", la("2026-12-16T14:00"))
                .hold(HoldType.CUSTOMS, BOX, la("2026-12-21T08:00"), "CBP exam: VACIS");

        s.reevaluate(la("2026-12-21T12:00"));

        Alert hold = s.alert(RuleCode.CUSTOMS_HOLD);
        assertThat(hold.key().subject()).isEqualTo("CSQU3054383");
        assertThat(hold.finding().team()).isEqualTo("Customs US-WEST");
        assertThat(hold.finding().explanation()).isEqualTo("Customs hold on CSQU3054383 since Mon 2026-12-21 08:00 "
                + "(4 h): CBP exam: VACIS. CSQU3054383: last free day Tue 2026-12-22 (discharge Wed 2026-12-16 "
                + "+ 4 working days); such holds last 3 days, release expected Thu 2026-12-24 08:00: "
                + "2 d x 220.00 USD = 440.00 USD demurrage.");
        assertThat(hold.finding().moneyAtRisk().totals().values()).containsExactly(Money.of("440.00", "USD"));
        assertThat(hold.finding().actBy()).isEqualTo(la("2026-12-23T00:00"));

        s.released(HoldType.CUSTOMS, la("2026-12-22T09:00")).reevaluate(la("2026-12-22T10:00"));

        assertThat(clearReason(s.cleared(RuleCode.CUSTOMS_HOLD))).isEqualTo("customs hold released Tue 2026-12-22 09:00");
    }

    @Test
    void a_carrier_hold_on_the_bill_before_arrival_goes_to_the_shipment_team_without_money_at_risk() {
        Scenario s = Scenario.yantianToLongBeach()
                .hold(HoldType.CARRIER, null, utc("2026-12-10T00:00"), "freight unpaid");

        s.reevaluate(utc("2026-12-12T00:00"));

        Alert hold = s.alert(RuleCode.CARRIER_HOLD);
        assertThat(hold.key().subject()).isEqualTo("shipment");
        assertThat(hold.finding().team()).isEqualTo("Transpacific Imports");
        assertThat(hold.finding().explanation()).isEqualTo("Carrier hold on shipment since Wed 2026-12-09 16:00 (48 h): freight unpaid.");
        assertThat(hold.finding().moneyAtRisk().isNone()).isTrue();

        s.released(HoldType.CARRIER, utc("2026-12-12T06:00")).reevaluate(utc("2026-12-12T07:00"));

        assertThat(clearReason(s.cleared(RuleCode.CARRIER_HOLD))).isEqualTo("carrier hold released Fri 2026-12-11 22:00");
    }

    @Test
    void a_terminal_hold_raises_its_own_alert_and_clears_on_release() {
        Scenario s = Scenario.yantianToLongBeach()
                .hold(HoldType.TERMINAL, BOX, utc("2026-12-17T00:00"), "terminal fees");

        assertThat(s.findings(RuleCode.TERMINAL_HOLD, utc("2026-12-16T23:00"))).as("not yet on hold").isEmpty();
        s.reevaluate(utc("2026-12-17T06:00"));
        assertThat(s.alert(RuleCode.TERMINAL_HOLD).finding().explanation()).startsWith("Terminal hold on CSQU3054383");
        assertThat(s.hasAlert(RuleCode.CUSTOMS_HOLD)).isFalse();

        s.released(HoldType.TERMINAL, utc("2026-12-17T08:00")).reevaluate(utc("2026-12-17T09:00"));

        assertThat(clearReason(s.cleared(RuleCode.TERMINAL_HOLD))).isEqualTo("terminal hold released Thu 2026-12-17 00:00");
    }
}

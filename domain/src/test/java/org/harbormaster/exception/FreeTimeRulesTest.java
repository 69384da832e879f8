package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.clearReason;
import static org.harbormaster.exception.Scenario.la;
import static org.harbormaster.exception.Scenario.utc;

import java.util.List;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** Containers not picked up before their last free day, and empties not returned within free time. */
class FreeTimeRulesTest {

    private static Scenario dischargedWednesdayDec16() {
        return Scenario.yantianToLongBeach()
                .actual(MilestoneType.ARRIVED, "USLGB", la("2026-12-16T12:00"))
                .actual(MilestoneType.DISCHARGED, "USLGB", la("2026-12-16T14:00"));
    }

    @Test
    void a_pickup_booked_six_days_after_the_last_free_day_risks_1380_dollars_of_demurrage_until_it_gates_out() {
        Scenario s = dischargedWednesdayDec16().estimated(MilestoneType.GATE_OUT, "USLGB", la("2026-12-28T09:00"));

        s.reevaluate(la("2026-12-18T12:00"));

        Alert demurrage = s.alert(RuleCode.DEMURRAGE_RISK);
        assertThat(demurrage.key().subject()).isEqualTo("CSQU3054383");
        assertThat(demurrage.finding().severity()).isEqualTo(Severity.HIGH);
        assertThat(demurrage.finding().explanation()).isEqualTo("CSQU3054383 (45G1) demurrage at USLGB: last free day "
                + "Tue 2026-12-22 (discharge Wed 2026-12-16 + 4 working days); pickup expected Mon 2026-12-28 09:00 "
                + "(carrier estimate): 6 chargeable days, 5 d x 220.00 USD + 1 d x 280.00 USD = 1380.00 USD; accrued so far "
                + "0 d = 0.00 USD. Tariff: 4 working days free from discharge, then days 1-5 at 220.00 USD/day, days 6+ at 280.00 USD/day.");
        assertThat(demurrage.finding().moneyAtRisk().totals().values()).containsExactly(Money.of("1380.00", "USD"));
        assertThat(demurrage.finding().actBy()).isEqualTo(la("2026-12-23T00:00"));

        s.actual(MilestoneType.GATE_OUT, "USLGB", la("2026-12-21T10:00")).reevaluate(la("2026-12-21T11:00"));

        assertThat(clearReason(s.cleared(RuleCode.DEMURRAGE_RISK)))
                .isEqualTo("gated out full Mon 2026-12-21 10:00 with 0 d = 0.00 USD demurrage");
    }

    @Test
    void a_container_still_in_the_terminal_the_day_before_its_last_free_day_is_flagged_before_it_costs_anything() {
        Scenario s = dischargedWednesdayDec16();

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-19T12:00"))).as("3.5 days left").isEmpty();
        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-21T09:00"))).singleElement().satisfies(f -> {
            assertThat(f.moneyAtRisk().isNone()).isTrue();
            assertThat(f.explanation()).contains("0 chargeable days");
        });
    }

    @Test
    void a_container_left_in_the_terminal_past_its_last_free_day_is_critical_and_shows_what_accrued() {
        Scenario s = dischargedWednesdayDec16();

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-24T09:00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.explanation()).contains("accrued so far 2 d x 220.00 USD = 440.00 USD");
        });
    }

    @Test
    void a_carrier_counting_free_time_from_availability_gives_a_container_held_up_at_discharge_more_days() {
        Scenario s = dischargedWednesdayDec16()
                .tariffs(TariffBook.parse(List.of("DEMURRAGE MAEU USLGB DRY 4 WORKING_DAYS AVAILABILITY USD 1+:300.00")))
                .actual(MilestoneType.AVAILABLE_FOR_PICKUP, "USLGB", la("2026-12-18T09:00"))
                .estimated(MilestoneType.GATE_OUT, "USLGB", la("2026-12-28T09:00"));

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-19T12:00"))).singleElement().satisfies(f -> {
            assertThat(f.explanation()).contains("last free day Thu 2026-12-24 (availability Fri 2026-12-18 + 4 working days)");
            assertThat(f.explanation()).contains("4 chargeable days, 4 d x 300.00 USD = 1200.00 USD");
        });
    }

    @Test
    void no_tariff_for_the_port_means_nothing_to_compute_and_no_alert() {
        Scenario s = dischargedWednesdayDec16().tariffs(TariffBook.parse(List.of(
                "DEMURRAGE * NL DRY 3 CALENDAR_DAYS DISCHARGE EUR 1+:100.00")));

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-24T09:00"))).isEmpty();
    }

    @Test
    void with_rail_on_carriage_demurrage_stops_at_the_rail_departure_and_detention_runs_from_the_ramp() {
        Scenario s = Scenario.yantianToChicagoByRail()
                .actual(MilestoneType.DISCHARGED, "USLGB", la("2026-12-16T14:00"))
                .estimated(MilestoneType.DEPARTED, "USLGB", la("2026-12-23T20:00"));

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, la("2026-12-18T12:00"))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("pickup expected Wed 2026-12-23 20:00 (carrier estimate): "
                        + "1 chargeable days, 1 d x 220.00 USD = 220.00 USD"));

        s.actual(MilestoneType.DEPARTED, "USLGB", la("2026-12-22T20:00"))
                .actual(MilestoneType.GATE_OUT, "USCHI", utc("2026-12-29T15:00"))
                .estimated(MilestoneType.EMPTY_RETURNED, "USCHI", utc("2027-01-05T15:00"));

        assertThat(s.findings(RuleCode.DEMURRAGE_RISK, utc("2026-12-30T00:00"))).isEmpty();
        assertThat(s.findings(RuleCode.DETENTION_RISK, utc("2026-12-30T00:00"))).singleElement().satisfies(f ->
                assertThat(f.explanation()).startsWith("CSQU3054383 (45G1) detention at USCHI: last free day "
                        + "Sat 2027-01-02 (full gate-out Tue 2026-12-29 + 4 calendar days)"));
    }

    @Test
    void an_empty_due_back_four_days_after_detention_free_time_risks_600_dollars_until_it_is_returned() {
        Scenario s = dischargedWednesdayDec16()
                .actual(MilestoneType.GATE_OUT, "USLGB", la("2026-12-21T10:00"))
                .estimated(MilestoneType.EMPTY_RETURNED, "USLGB", la("2026-12-29T10:00"));

        s.reevaluate(la("2026-12-22T12:00"));

        assertThat(s.hasAlert(RuleCode.DEMURRAGE_RISK)).as("out of the terminal: no demurrage").isFalse();
        Alert detention = s.alert(RuleCode.DETENTION_RISK);
        assertThat(detention.finding().explanation()).isEqualTo("CSQU3054383 (45G1) detention at USLGB: last free day "
                + "Fri 2026-12-25 (full gate-out Mon 2026-12-21 + 4 calendar days); empty return expected "
                + "Tue 2026-12-29 10:00 (carrier estimate): 4 chargeable days, 4 d x 150.00 USD = 600.00 USD; accrued so "
                + "far 0 d = 0.00 USD. Tariff: 4 calendar days free from full gate-out, then days 1-5 at 150.00 USD/day, days 6+ at 250.00 USD/day.");
        assertThat(detention.finding().moneyAtRisk().totals().values()).containsExactly(Money.of("600.00", "USD"));

        s.actual(MilestoneType.EMPTY_RETURNED, "USLGB", la("2026-12-24T15:00")).reevaluate(la("2026-12-24T16:00"));

        assertThat(clearReason(s.cleared(RuleCode.DETENTION_RISK)))
                .isEqualTo("empty returned Thu 2026-12-24 15:00 with 0 d = 0.00 USD detention");
    }
}

package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.ETD;
import static org.harbormaster.exception.Scenario.clearReason;
import static org.harbormaster.exception.Scenario.utc;

import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** Rollover, slipping departures and arrivals, transshipment connections, and milestones that never came. */
class SailingRulesTest {

    @Test
    void a_container_moved_a_week_before_loading_is_rolled_and_clears_when_the_carrier_puts_it_back() {
        Scenario s = Scenario.yantianToLongBeach()
                .estimated(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-08T06:00"));

        s.reevaluate(utc("2026-11-30T12:00"));

        Alert rolled = s.alert(RuleCode.ROLLOVER);
        assertThat(rolled.key().subject()).isEqualTo("DEPARTED@CNYTN");
        assertThat(rolled.finding().severity()).isEqualTo(Severity.HIGH);
        assertThat(rolled.finding().explanation()).isEqualTo("Rolled at CNYTN: booked to sail Tue 2026-12-01 14:00, "
                + "carrier estimate now Tue 2026-12-08 14:00 (+7.0 days; a move of 5 days or more before loading is "
                + "another sailing); the cargo is not loaded.");
        assertThat(s.hasAlert(RuleCode.DEPARTURE_SLIPPING)).as("a rollover is not also a slipping departure").isFalse();
        assertThat(s.findings(RuleCode.MILESTONE_MISSING, utc("2026-12-02T00:00")))
                .as("the loading moved with the sailing, so it is not missing").isEmpty();

        s.estimated(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-01T08:00")).reevaluate(utc("2026-11-30T18:00"));

        assertThat(s.hasAlert(RuleCode.ROLLOVER)).isFalse();
        assertThat(clearReason(s.cleared(RuleCode.ROLLOVER)))
                .isEqualTo("the carrier's sailing is back within 5 days of the booked one");
    }

    @Test
    void the_same_move_after_loading_is_a_late_vessel_not_a_rollover() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.LOADED, "CNYTN", utc("2026-11-30T22:00"))
                .estimated(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-08T06:00"));

        assertThat(s.findings(RuleCode.ROLLOVER, utc("2026-12-01T00:00"))).isEmpty();
        assertThat(s.findings(RuleCode.DEPARTURE_SLIPPING, utc("2026-12-01T00:00")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void a_departure_estimated_a_day_and_a_half_late_is_slipping_until_the_vessel_sails() {
        Scenario s = Scenario.yantianToLongBeach()
                .estimated(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-02T18:00"));

        s.reevaluate(utc("2026-11-30T12:00"));

        Alert slipping = s.alert(RuleCode.DEPARTURE_SLIPPING);
        assertThat(slipping.finding().severity()).isEqualTo(Severity.MEDIUM);
        assertThat(slipping.finding().explanation()).isEqualTo("Departure from CNYTN slipping: booked Tue 2026-12-01 "
                + "14:00, now expected Thu 2026-12-03 02:00 (carrier estimate), 1.5 days late; threshold 24 h (built in).");

        s.actual(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-02T18:00")).reevaluate(utc("2026-12-02T20:00"));

        assertThat(clearReason(s.cleared(RuleCode.DEPARTURE_SLIPPING))).isEqualTo("sailed Thu 2026-12-03 02:00");
    }

    @Test
    void a_shipment_nobody_has_reported_on_yet_is_not_slipping_on_our_prediction_alone() {
        Scenario s = Scenario.yantianToLongBeach();

        assertThat(s.findings(RuleCode.DEPARTURE_SLIPPING, utc("2026-11-30T23:00"))).isEmpty();
        assertThat(s.findings(RuleCode.ARRIVAL_SLIPPING, utc("2026-11-30T23:00"))).isEmpty();
    }

    @Test
    void an_arrival_estimated_three_days_late_is_slipping_and_clears_when_the_carrier_pulls_it_back() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.LOADED, "CNYTN", utc("2026-12-01T00:00"))
                .actual(MilestoneType.DEPARTED, "CNYTN", ETD)
                .estimated(MilestoneType.ARRIVED, "USLGB", utc("2026-12-19T14:00"));

        s.reevaluate(utc("2026-12-10T00:00"));

        assertThat(s.alert(RuleCode.ARRIVAL_SLIPPING).finding().explanation()).isEqualTo("Arrival at USLGB slipping: "
                + "booked Wed 2026-12-16 06:00, now expected Sat 2026-12-19 06:00 (carrier estimate), 3.0 days late; "
                + "threshold 48 h (built in).");

        s.estimated(MilestoneType.ARRIVED, "USLGB", utc("2026-12-17T02:00")).reevaluate(utc("2026-12-11T00:00"));

        assertThat(clearReason(s.cleared(RuleCode.ARRIVAL_SLIPPING))).isEqualTo("now expected Wed 2026-12-16 18:00 "
                + "(carrier estimate), within 48 h of the booked time");
    }

    @Test
    void a_feeder_due_at_the_hub_18_hours_before_the_connecting_sailing_puts_the_connection_at_risk() {
        Scenario s = Scenario.viaBusan()
                .actual(MilestoneType.DEPARTED, "CNYTN", ETD)
                .estimated(MilestoneType.ARRIVED, "KRPUS", utc("2026-12-10T04:00"));

        s.reevaluate(utc("2026-12-05T00:00"));

        Alert connection = s.alert(RuleCode.CONNECTION_AT_RISK);
        assertThat(connection.key().subject()).isEqualTo("LOADED@KRPUS");
        assertThat(connection.finding().severity()).isEqualTo(Severity.HIGH);
        assertThat(connection.finding().explanation()).isEqualTo("Connection at KRPUS at risk: arrival at the hub "
                + "Thu 2026-12-10 13:00 (P50) / Thu 2026-12-10 13:00 (P90), connecting sailing Fri 2026-12-11 07:00; "
                + "slack 18 h at P50, 18 h at P90, below the minimum connection of 24 h.");
        assertThat(connection.finding().actBy()).isEqualTo(utc("2026-12-09T22:00"));

        s.estimated(MilestoneType.ARRIVED, "KRPUS", utc("2026-12-09T06:00")).reevaluate(utc("2026-12-06T00:00"));

        assertThat(clearReason(s.cleared(RuleCode.CONNECTION_AT_RISK)))
                .isEqualTo("the arrival at the hub now leaves at least 24 h before the connecting sailing");
    }

    @Test
    void an_arrival_with_no_event_twelve_hours_after_its_time_is_missing_until_the_event_comes() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.LOADED, "CNYTN", utc("2026-12-01T00:00"))
                .actual(MilestoneType.DEPARTED, "CNYTN", ETD);

        s.reevaluate(utc("2026-12-17T06:00"));

        Alert missing = s.alert(RuleCode.MILESTONE_MISSING);
        assertThat(missing.key().subject()).isEqualTo("ARRIVED@USLGB");
        assertThat(missing.finding().explanation()).isEqualTo("No arrived event for ARRIVED@USLGB: expected "
                + "Wed 2026-12-16 06:00 (plan), grace 12 h ended Wed 2026-12-16 18:00; 16 h overdue.");

        s.actual(MilestoneType.ARRIVED, "USLGB", utc("2026-12-16T20:00")).reevaluate(utc("2026-12-17T07:00"));

        assertThat(clearReason(s.cleared(RuleCode.MILESTONE_MISSING)))
                .isEqualTo("event received: ARRIVED@USLGB happened Wed 2026-12-16 12:00");
    }

    @Test
    void a_customer_can_be_given_a_shorter_grace_for_one_kind_of_milestone() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.LOADED, "CNYTN", utc("2026-12-01T00:00"))
                .actual(MilestoneType.DEPARTED, "CNYTN", ETD)
                .thresholds(java.util.Map.of("customer.ACME01.milestone.grace.ARRIVED", "PT2H"));

        assertThat(s.findings(RuleCode.MILESTONE_MISSING, utc("2026-12-16T17:00"))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("grace 2 h ended Wed 2026-12-16 08:00; 3 h overdue"));
    }

    @Test
    void a_loading_never_reported_though_the_vessel_sailed_is_a_low_severity_gap() {
        Scenario s = Scenario.yantianToLongBeach().actual(MilestoneType.DEPARTED, "CNYTN", ETD);

        assertThat(s.findings(RuleCode.MILESTONE_MISSING, utc("2026-12-01T20:00"))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("LOADED@CNYTN");
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.explanation()).isEqualTo(
                    "No event for LOADED@CNYTN, though DEPARTED@CNYTN happened Tue 2026-12-01 14:00 (grace 12 h).");
        });
        assertThat(s.findings(RuleCode.MILESTONE_MISSING, utc("2026-12-01T12:00"))).as("within the grace").isEmpty();
    }

    @Test
    void a_loading_overdue_on_the_plan_is_missing_when_the_carrier_has_not_moved_the_sailing() {
        Scenario s = Scenario.yantianToLongBeach().estimated(MilestoneType.DEPARTED, "CNYTN", utc("2026-12-01T08:00"));

        assertThat(s.findings(RuleCode.MILESTONE_MISSING, utc("2026-12-01T16:00"))).singleElement().satisfies(f ->
                assertThat(f.explanation()).isEqualTo("No loaded event for LOADED@CNYTN: expected Tue 2026-12-01 10:00 "
                        + "(plan, moved 0.1 days as the carrier estimate of DEPARTED@CNYTN), grace 12 h ended "
                        + "Tue 2026-12-01 22:00; 14 h overdue."));
    }
}

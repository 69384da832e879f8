package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.la;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.harbormaster.money.CostCategory;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void every_exception_code_has_exactly_one_rule() {
        assertThat(RuleSet.standard().codes()).containsExactlyInAnyOrder(RuleCode.values());
    }

    @Test
    void re_evaluating_a_shipments_rules_after_an_event_takes_well_under_a_millisecond() {
        Scenario s = Scenario.yantianToLongBeach()
                .promisedFor(java.time.LocalDate.of(2026, 12, 21))
                .actual(MilestoneType.LOADED, "CNYTN", Scenario.utc("2026-12-01T00:00"))
                .actual(MilestoneType.DEPARTED, "CNYTN", Scenario.ETD)
                .actual(MilestoneType.ARRIVED, "USLGB", la("2026-12-16T12:00"))
                .actual(MilestoneType.DISCHARGED, "USLGB", la("2026-12-16T14:00"))
                .estimated(MilestoneType.GATE_OUT, "USLGB", la("2026-12-28T09:00"))
                .hold(HoldType.CUSTOMS, Scenario.BOX, la("2026-12-21T08:00"), "exam")
                .cost(CostCategory.OCEAN_FREIGHT, "2450.00").cost(CostCategory.DEMURRAGE, "900.00");
        Instant now = la("2026-12-21T12:00");
        AlertContext context = s.contextAt(now);   // the prediction is made once, as the server makes it per event
        RuleSet rules = RuleSet.standard();
        AlertReconciler reconciler = AlertReconciler.withRandomIds();
        List<Alert> alerts = reconciler.reevaluate(context, rules, List.of()).all();
        assertThat(alerts).extracting(a -> a.key().code()).contains(RuleCode.DEMURRAGE_RISK, RuleCode.CUSTOMS_HOLD,
                RuleCode.COST_OVER_BUDGET, RuleCode.PROMISE_AT_RISK);

        int rounds = 20_000;
        for (int i = 0; i < rounds; i++) {
            reconciler.reevaluate(context, rules, alerts);
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            reconciler.reevaluate(context, rules, alerts);
        }
        Duration each = Duration.ofNanos((System.nanoTime() - started) / rounds);

        System.getLogger(RuleSetTest.class.getName()).log(System.Logger.Level.INFO, String.format(Locale.ROOT,
                "rules + reconciliation of one shipment with %d alerts: %d us each", alerts.size(), each.toNanos() / 1000));
        assertThat(each).isLessThan(Duration.ofMillis(1));
    }
}

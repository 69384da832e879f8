package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.ETD;
import static org.harbormaster.exception.Scenario.clearReason;
import static org.harbormaster.exception.Scenario.la;
import static org.harbormaster.exception.Scenario.utc;

import java.time.LocalDate;
import java.util.Map;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** The delivery promise, the budget, and data that contradicts itself. */
class PromiseCostAndDataRulesTest {

    private static Scenario sailedOnTimePromisedDec21() {
        return Scenario.yantianToLongBeach()
                .promisedFor(LocalDate.of(2026, 12, 21))
                .thresholds(Map.of("customer.ACME01.promise.penaltyPerDay", "500.00 USD",
                        "customer.ACME01.expedite.cost", "1200.00 USD"))
                .actual(MilestoneType.LOADED, "CNYTN", utc("2026-12-01T00:00"))
                .actual(MilestoneType.DEPARTED, "CNYTN", ETD);
    }

    @Test
    void a_promise_kept_at_the_median_but_broken_at_p90_is_a_medium_risk_that_turns_high_when_the_vessel_arrives_late() {
        Scenario s = sailedOnTimePromisedDec21();

        s.reevaluate(utc("2026-12-10T00:00"));

        Alert promise = s.alert(RuleCode.PROMISE_AT_RISK);
        assertThat(promise.finding().severity()).isEqualTo(Severity.MEDIUM);
        assertThat(promise.finding().explanation()).isEqualTo("Promised delivery 2026-12-21 at risk: delivery predicted "
                + "2026-12-20 (median) and 2026-12-23 (P90): 0 days late at the median, 2 at P90 (tolerance 0 days, built in).");
        assertThat(promise.finding().moneyAtRisk().terms()).singleElement().hasToString(
                "late delivery penalty: 2 d x 500.00 USD = 1000.00 USD (P90)");

        s.actual(MilestoneType.ARRIVED, "USLGB", utc("2026-12-19T14:00")).reevaluate(utc("2026-12-19T16:00"));

        Alert escalated = s.alert(RuleCode.PROMISE_AT_RISK);
        assertThat(escalated.id()).as("the same alert, updated").isEqualTo(promise.id());
        assertThat(escalated.finding().severity()).isEqualTo(Severity.HIGH);
        assertThat(escalated.finding().promiseRisk().daysLateAtP50()).isEqualTo(2);
        assertThat(escalated.history()).extracting(HistoryEntry::action).contains(AlertAction.UPDATED);
        assertThat(escalated.finding().moneyAtRisk().terms()).extracting(MoneyTerm::toString).containsExactly(
                "late delivery penalty: 2 d x 500.00 USD = 1000.00 USD (median)", "expedite cost: 1200.00 USD");
        assertThat(escalated.finding().moneyAtRisk().totals().values()).containsExactly(Money.of("2200.00", "USD"));

        s.actual(MilestoneType.DELIVERED, "USLGB", la("2026-12-21T15:00")).reevaluate(la("2026-12-21T16:00"));

        assertThat(clearReason(s.cleared(RuleCode.PROMISE_AT_RISK))).isEqualTo("delivered 2026-12-21 (promised 2026-12-21)");
    }

    @Test
    void a_shipment_without_a_promise_has_none_at_risk() {
        Scenario s = Scenario.yantianToLongBeach().actual(MilestoneType.DEPARTED, "CNYTN", ETD);

        assertThat(s.findings(RuleCode.PROMISE_AT_RISK, utc("2026-12-10T00:00"))).isEmpty();
    }

    @Test
    void an_unbudgeted_demurrage_invoice_puts_costs_14_percent_over_budget_until_it_is_rebilled() {
        Scenario s = Scenario.yantianToLongBeach()
                .cost(CostCategory.OCEAN_FREIGHT, "2450.00").cost(CostCategory.DRAYAGE, "650.00")
                .cost(CostCategory.DEMURRAGE, "440.00");

        s.reevaluate(utc("2026-12-24T00:00"));

        Alert cost = s.alert(RuleCode.COST_OVER_BUDGET);
        assertThat(cost.key().subject()).isEqualTo("USD");
        assertThat(cost.finding().explanation()).isEqualTo("Costs so far 3540.00 USD against a budget of 3100.00 USD: "
                + "440.00 USD (14.2% over), tolerance 5% (built in).");
        assertThat(cost.finding().moneyAtRisk().totals().values()).containsExactly(Money.of("440.00", "USD"));

        s.budgetAlso(new CostLine(CostCategory.DEMURRAGE, "re-billed to the customer", Money.of("440.00", "USD")))
                .reevaluate(utc("2026-12-24T01:00"));

        assertThat(clearReason(s.cleared(RuleCode.COST_OVER_BUDGET)))
                .isEqualTo("costs 3540.00 USD are within the budget of 3540.00 USD plus tolerance");
    }

    @Test
    void costs_within_the_tolerance_raise_nothing_unless_the_customer_allows_less() {
        Scenario s = Scenario.yantianToLongBeach()
                .cost(CostCategory.OCEAN_FREIGHT, "2450.00").cost(CostCategory.DRAYAGE, "750.00");

        assertThat(s.findings(RuleCode.COST_OVER_BUDGET, utc("2026-12-24T00:00"))).as("3.2% over").isEmpty();
        s.thresholds(Map.of("customer.ACME01.budget.tolerancePercent", "2"));
        assertThat(s.findings(RuleCode.COST_OVER_BUDGET, utc("2026-12-24T00:00"))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).endsWith("tolerance 2% (customer ACME01)."));
    }

    @Test
    void a_discharge_reported_before_the_arrival_contradicts_the_plan_until_corrected() {
        Scenario s = Scenario.yantianToLongBeach()
                .actual(MilestoneType.ARRIVED, "USLGB", utc("2026-12-16T14:00"))
                .actual(MilestoneType.DISCHARGED, "USLGB", utc("2026-12-16T10:00"));

        s.reevaluate(utc("2026-12-17T00:00"));

        Alert contradiction = s.alert(RuleCode.CONTRADICTORY_DATA);
        assertThat(contradiction.key().subject()).isEqualTo("DISCHARGED@USLGB/out-of-order");
        assertThat(contradiction.finding().explanation()).isEqualTo("DISCHARGED@USLGB happened Wed 2026-12-16 02:00, "
                + "4 h before ARRIVED@USLGB (Wed 2026-12-16 06:00), which the plan puts first.");

        s.actual(MilestoneType.DISCHARGED, "USLGB", utc("2026-12-16T18:00")).reevaluate(utc("2026-12-17T01:00"));

        assertThat(clearReason(s.cleared(RuleCode.CONTRADICTORY_DATA)))
                .isEqualTo("DISCHARGED@USLGB corrected to Wed 2026-12-16 10:00");
    }

    @Test
    void an_actual_time_still_in_the_future_is_contradictory() {
        Scenario s = Scenario.yantianToLongBeach().actual(MilestoneType.ARRIVED, "USLGB", utc("2026-12-16T14:00"));

        assertThat(s.findings(RuleCode.CONTRADICTORY_DATA, utc("2026-12-16T12:00"))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("ARRIVED@USLGB/in-future");
            assertThat(f.explanation()).isEqualTo("ARRIVED@USLGB happened Wed 2026-12-16 06:00, which is still 2 h in the future.");
        });
        assertThat(s.findings(RuleCode.CONTRADICTORY_DATA, utc("2026-12-16T14:10"))).as("within 15 minutes").isEmpty();
    }
}

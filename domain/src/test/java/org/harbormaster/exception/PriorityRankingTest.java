package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Findings.aFinding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.ShipmentId;
import org.junit.jupiter.api.Test;

/** The queue ranks by what ignoring an alert costs, and shows its arithmetic. */
class PriorityRankingTest {

    private static final Instant NOW = Instant.parse("2026-12-22T12:00:00Z");
    private final AlertQueue queue = new AlertQueue(Thresholds.defaults());

    /** 1,380 USD of demurrage projected, 20 hours left to book the pickup, a standard customer. */
    private static RuleFinding demurrageOf1380Dollars() {
        MoneyAtRisk money = MoneyAtRisk.of(new MoneyTerm("demurrage CSQU3054383",
                "5 d x 220.00 USD + 1 d x 280.00 USD = 1380.00 USD", Money.of("1380.00", "USD")));
        return aFinding(RuleCode.DEMURRAGE_RISK, "CSQU3054383", "pickup after the LFD", NOW.plus(Duration.ofHours(20)),
                CustomerTier.STANDARD, money, null);
    }

    /** A gold customer's delivery predicted 2 days late at the median, no penalty, no deadline. */
    private static RuleFinding goldPromiseTwoDaysLate(CustomerTier tier, long daysLate) {
        LocalDate promised = LocalDate.of(2026, 12, 21);
        return aFinding(RuleCode.PROMISE_AT_RISK, "delivery", "late", null, tier, MoneyAtRisk.NONE,
                new PromiseRisk(promised, promised.plusDays(daysLate), promised.plusDays(daysLate + 2), daysLate, daysLate + 2));
    }

    private static Alert open(RuleFinding finding) {
        return Alert.open(AlertId.random(), ShipmentId.random(), finding, NOW.minus(Duration.ofMinutes(30)));
    }

    @Test
    void demurrage_due_tomorrow_outranks_a_gold_customers_two_day_slip_and_the_arithmetic_says_why() {
        Alert demurrage = open(demurrageOf1380Dollars());
        Alert promise = open(goldPromiseTwoDaysLate(CustomerTier.GOLD, 2));

        List<AlertQueue.Ranked> ranked = queue.rank(List.of(promise, demurrage), NOW);

        assertThat(ranked).extracting(r -> r.alert().id()).containsExactly(demurrage.id(), promise.id());
        Priority first = ranked.get(0).priority();
        assertThat(first.score()).isEqualByComparingTo("2370.00");   // (200 + 1380) x 1.00 x 1.50
        assertThat(first.arithmetic()).isEqualTo("200 severity (HIGH) + 1380.00 money at risk (demurrage CSQU3054383: "
                + "5 d x 220.00 USD + 1 d x 280.00 USD = 1380.00 USD -> 1380.00 USD x 1 point/unit) "
                + "x 1.00 customer tier (STANDARD) x 1.50 time left (20 h (0.8 d) left to act) = 2370.00");
        Priority second = ranked.get(1).priority();
        assertThat(second.score()).isEqualByComparingTo("1500.00");  // (200 + 2 x 400) x 1.50 x 1
        assertThat(second.terms()).extracting(PriorityTerm::arithmetic)
                .contains("2 d late at the median x 400 points", "GOLD", "no deadline to act");
    }

    @Test
    void a_platinum_customers_three_day_slip_outranks_the_same_demurrage() {
        Alert demurrage = open(demurrageOf1380Dollars());
        Alert promise = open(goldPromiseTwoDaysLate(CustomerTier.PLATINUM, 3));

        List<AlertQueue.Ranked> ranked = queue.rank(List.of(demurrage, promise), NOW);

        assertThat(ranked).extracting(r -> r.alert().id()).containsExactly(promise.id(), demurrage.id());
        assertThat(ranked.get(0).priority().score()).isEqualByComparingTo("2800.00");   // (200 + 3 x 400) x 2.00
    }

    @Test
    void a_promise_broken_only_at_p90_counts_half_and_money_in_a_currency_without_a_rate_counts_nothing() {
        LocalDate promised = LocalDate.of(2026, 12, 21);
        RuleFinding p90Only = aFinding(RuleCode.PROMISE_AT_RISK, "delivery", "late at P90", null, CustomerTier.STANDARD,
                MoneyAtRisk.of(new MoneyTerm("penalty", "2 d x 100.00 EUR", Money.of("200.00", "EUR"))),
                new PromiseRisk(promised, promised, promised.plusDays(2), 0, 2)).withSeverity(Severity.MEDIUM);

        Priority priority = Priority.of(p90Only, Thresholds.defaults(), NOW);

        assertThat(priority.score()).isEqualByComparingTo("450.00");   // 50 + 0 (no EUR rate) + 2 x 400 / 2
        assertThat(priority.arithmetic()).contains("no priority.rate for EUR, counted 0", "2 d late at P90 only");
    }

    @Test
    void snoozed_and_closed_alerts_are_not_in_the_queue() {
        Alert snoozed = open(demurrageOf1380Dollars()).snooze("maria", NOW.plus(Duration.ofHours(2)), NOW, null);
        Alert resolved = open(goldPromiseTwoDaysLate(CustomerTier.GOLD, 2))
                .resolve("maria", NOW, ResolutionCode.CUSTOMER_INFORMED, null);

        assertThat(queue.rank(List.of(snoozed, resolved), NOW)).isEmpty();
        assertThat(queue.rank(List.of(snoozed), NOW.plus(Duration.ofHours(3)))).hasSize(1);
    }
}

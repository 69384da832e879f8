package org.harbormaster.exception;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.harbormaster.money.Money;

/**
 * Where an alert ranks in the queue, and why: points for its severity, for the money at risk (one point per
 * US dollar; other currencies at the configured {@code priority.rate.<CUR>}) and for every day the promise is
 * predicted broken (half at P90 only), then multiplied by the customer's tier and by the urgency of the time
 * left to act. Every term is kept, so the arithmetic can be shown.
 */
public record Priority(BigDecimal score, List<PriorityTerm> terms) {

    private static final BigDecimal TWO = new BigDecimal("2.00");
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    public Priority {
        terms = List.copyOf(terms);
    }

    public static Priority of(RuleFinding finding, Thresholds settings, Instant now) {
        List<PriorityTerm> terms = new ArrayList<>();
        terms.add(severity(finding.severity()));
        terms.addAll(money(finding.moneyAtRisk(), settings));
        promise(finding.promiseRisk(), settings).ifPresent(terms::add);
        terms.add(new PriorityTerm("customer tier", PriorityTerm.Kind.MULTIPLY, finding.tier().weight(),
                finding.tier().name()));
        terms.add(urgency(finding.actBy(), now));
        return new Priority(total(terms), terms);
    }

    private static BigDecimal total(List<PriorityTerm> terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PriorityTerm t : terms) {
            sum = t.kind() == PriorityTerm.Kind.ADD ? sum.add(t.value()) : sum.multiply(t.value());
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    private static PriorityTerm severity(Severity severity) {
        int points = switch (severity) {
            case LOW -> 10;
            case MEDIUM -> 50;
            case HIGH -> 200;
            case CRITICAL -> 500;
        };
        return new PriorityTerm("severity", PriorityTerm.Kind.ADD, BigDecimal.valueOf(points), severity.name());
    }

    private static List<PriorityTerm> money(MoneyAtRisk money, Thresholds settings) {
        List<PriorityTerm> terms = new ArrayList<>();
        for (Map.Entry<Currency, Money> total : money.totals().entrySet()) {
            Optional<BigDecimal> rate = settings.pointsPerUnit(total.getKey());
            String parts = money.terms().stream().filter(t -> t.amount().currency().equals(total.getKey()))
                    .map(MoneyTerm::toString).collect(Collectors.joining("; "));
            terms.add(new PriorityTerm("money at risk", PriorityTerm.Kind.ADD,
                    rate.map(r -> total.getValue().amount().multiply(r)).orElse(BigDecimal.ZERO),
                    parts + (rate.isPresent() ? " -> " + total.getValue() + " x " + rate.get().toPlainString() + " point/unit"
                            : " -> no priority.rate for " + total.getKey() + ", counted 0")));
        }
        return terms;
    }

    private static Optional<PriorityTerm> promise(PromiseRisk risk, Thresholds settings) {
        if (risk == null) {
            return Optional.empty();
        }
        BigDecimal perDay = settings.decimal(Threshold.PRIORITY_POINTS_PER_PROMISE_DAY);
        if (risk.brokenAtMedian()) {
            return Optional.of(new PriorityTerm("promise at risk", PriorityTerm.Kind.ADD,
                    perDay.multiply(BigDecimal.valueOf(risk.daysLateAtP50())),
                    risk.daysLateAtP50() + " d late at the median x " + perDay.toPlainString() + " points"));
        }
        return Optional.of(new PriorityTerm("promise at risk", PriorityTerm.Kind.ADD,
                perDay.multiply(BigDecimal.valueOf(risk.daysLateAtP90())).divide(BigDecimal.valueOf(2)),
                risk.daysLateAtP90() + " d late at P90 only x " + perDay.toPlainString() + " points / 2"));
    }

    /** x2 once the moment to act has passed, x1.5 within a day, x1.2 within three days, else x1. */
    private static PriorityTerm urgency(Instant actBy, Instant now) {
        if (actBy == null) {
            return new PriorityTerm("time left", PriorityTerm.Kind.MULTIPLY, BigDecimal.ONE, "no deadline to act");
        }
        Duration left = Duration.between(now, actBy);
        BigDecimal factor = left.isNegative() || left.isZero() ? TWO
                : left.compareTo(Duration.ofDays(1)) < 0 ? new BigDecimal("1.50")
                : left.compareTo(Duration.ofDays(3)) < 0 ? new BigDecimal("1.20") : BigDecimal.ONE;
        String words = left.isNegative() ? "deadline passed " + Wording.hours(left.negated()) + " ago"
                : Wording.hours(left) + " (" + BigDecimal.valueOf(left.toHours()).divide(HOURS_PER_DAY, 1,
                RoundingMode.HALF_UP) + " d) left to act";
        return new PriorityTerm("time left", PriorityTerm.Kind.MULTIPLY, factor, words);
    }

    /** E.g. "200 severity (HIGH) + 1380.00 money at risk (...) x 1.50 customer tier (GOLD) x 1.20 time left (...) = 4842.00". */
    public String arithmetic() {
        return terms.stream().map(PriorityTerm::toString).collect(Collectors.joining(" ")).substring(2)
                + " = " + score.toPlainString();
    }
}

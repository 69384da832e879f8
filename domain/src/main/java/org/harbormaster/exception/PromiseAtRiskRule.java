package org.harbormaster.exception;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.money.Money;
import org.harbormaster.prediction.PredictedTime;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * The promised delivery date against the predicted delivery (the last milestone when the plan has no
 * delivery), in the delivery place's own dates: broken at the P90 only (medium) or already at the median
 * (high). Money at risk: the customer's penalty per day late, and the expedite cost once the median breaks it.
 */
public final class PromiseAtRiskRule implements AlertRule {

    static final String SUBJECT = "delivery";

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.PROMISE_AT_RISK);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        LocalDate promised = ctx.details().promisedDelivery();
        Optional<Milestone> delivery = delivery(ctx.shipment());
        if (promised == null || delivery.isEmpty() || delivery.get().isDone()) {
            return List.of();
        }
        Milestone m = delivery.get();
        LocalDate deadline = promised.plusDays(ctx.thresholds().duration(Threshold.PROMISE_TOLERANCE).toDays());
        PredictedTime predicted = ctx.expectedRange(m);
        ZoneId zone = m.location().zone();
        LocalDate p50 = predicted.p50().atZone(zone).toLocalDate();
        LocalDate p90 = predicted.p90().atZone(zone).toLocalDate();
        PromiseRisk risk = new PromiseRisk(promised, p50, p90, daysLate(deadline, p50), daysLate(deadline, p90));
        return risk.daysLateAtP90() == 0 ? List.of() : List.of(finding(ctx, risk));
    }

    private static long daysLate(LocalDate deadline, LocalDate predicted) {
        return Math.max(0, ChronoUnit.DAYS.between(deadline, predicted));
    }

    private static RuleFinding finding(AlertContext ctx, PromiseRisk risk) {
        String text = "Promised delivery " + risk.promised() + " at risk: delivery predicted " + risk.p50()
                + " (median) and " + risk.p90() + " (P90): " + risk.daysLateAtP50() + " days late at the median, "
                + risk.daysLateAtP90() + " at P90 (tolerance " + ctx.thresholds().duration(Threshold.PROMISE_TOLERANCE).toDays()
                + " days, " + ctx.thresholds().origin(Threshold.PROMISE_TOLERANCE) + ").";
        RuleFinding finding = ctx.finding(RuleCode.PROMISE_AT_RISK, SUBJECT, text).withPromiseRisk(risk)
                .withMoneyAtRisk(money(ctx, risk));
        return risk.brokenAtMedian() ? finding : finding.withSeverity(Severity.MEDIUM);
    }

    private static MoneyAtRisk money(AlertContext ctx, PromiseRisk risk) {
        List<MoneyTerm> terms = new ArrayList<>();
        Money perDay = ctx.thresholds().money(Threshold.PROMISE_PENALTY_PER_DAY);
        long days = risk.brokenAtMedian() ? risk.daysLateAtP50() : risk.daysLateAtP90();
        if (perDay.amount().signum() > 0) {
            terms.add(new MoneyTerm("late delivery penalty", days + " d x " + perDay + " = " + perDay.times(days)
                    + (risk.brokenAtMedian() ? " (median)" : " (P90)"), perDay.times(days)));
        }
        Money expedite = ctx.thresholds().money(Threshold.EXPEDITE_COST);
        if (risk.brokenAtMedian() && expedite.amount().signum() > 0) {
            terms.add(new MoneyTerm("expedite cost", expedite.toString(), expedite));
        }
        return new MoneyAtRisk(terms);
    }

    static Optional<Milestone> delivery(Shipment shipment) {
        List<Milestone> events = shipment.milestones().stream().filter(m -> !m.type().isCutoff()).toList();
        Optional<Milestone> delivered = events.stream().filter(m -> m.type() == MilestoneType.DELIVERED)
                .reduce((a, b) -> b);
        return delivered.or(() -> events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1)));
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return delivery(ctx.shipment()).map(m -> m.isDone()
                        ? "delivered " + m.actual().atZone(m.location().zone()).toLocalDate() + " (promised "
                          + ctx.details().promisedDelivery() + ")"
                        : "delivery now predicted within the promise (" + ctx.details().promisedDelivery() + ")")
                .orElse("no delivery to promise");
    }
}

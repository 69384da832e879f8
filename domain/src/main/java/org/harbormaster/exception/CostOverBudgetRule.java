package org.harbormaster.exception;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;

/**
 * Costs incurred so far (vendor invoices and accruals, from the context) above the shipment's budget by more
 * than {@link Threshold#BUDGET_TOLERANCE_PERCENT}, per currency. The money at risk is the overrun.
 */
public final class CostOverBudgetRule implements AlertRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.COST_OVER_BUDGET);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        if (ctx.details().budget().isEmpty()) {
            return List.of();
        }
        Map<Currency, Money> budget = ctx.details().budget().totals();
        BigDecimal tolerance = ctx.thresholds().decimal(Threshold.BUDGET_TOLERANCE_PERCENT);
        List<RuleFinding> out = new ArrayList<>();
        spent(ctx.costs()).forEach((currency, spent) -> {
            Money planned = budget.getOrDefault(currency, Money.zero(currency));
            BigDecimal limit = planned.amount().multiply(BigDecimal.ONE.add(tolerance.divide(HUNDRED)));
            if (spent.amount().compareTo(limit) > 0) {
                out.add(finding(ctx, spent, planned, tolerance));
            }
        });
        return out;
    }

    private static Map<Currency, Money> spent(List<CostLine> costs) {
        Map<Currency, Money> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        costs.forEach(c -> totals.merge(c.amount().currency(), c.amount(), Money::plus));
        return totals;
    }

    private static RuleFinding finding(AlertContext ctx, Money spent, Money planned, BigDecimal tolerance) {
        Money over = spent.minus(planned);
        String percent = planned.amount().signum() == 0 ? "no budget in " + planned.currency().getCurrencyCode()
                : over.amount().multiply(HUNDRED).divide(planned.amount(), 1, RoundingMode.HALF_UP) + "% over";
        String text = "Costs so far " + spent + " against a budget of " + planned + ": " + over + " (" + percent
                + "), tolerance " + tolerance.stripTrailingZeros().toPlainString() + "% ("
                + ctx.thresholds().origin(Threshold.BUDGET_TOLERANCE_PERCENT) + ").";
        MoneyTerm term = new MoneyTerm("overrun", spent + " - " + planned + " = " + over, over);
        return ctx.finding(RuleCode.COST_OVER_BUDGET, spent.currency().getCurrencyCode(), text)
                .withMoneyAtRisk(MoneyAtRisk.of(term));
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        Currency currency = Currency.getInstance(subject);
        Money spent = spent(ctx.costs()).getOrDefault(currency, Money.zero(currency));
        Money planned = ctx.details().budget().totals().getOrDefault(currency, Money.zero(currency));
        return "costs " + spent + " are within the budget of " + planned + " plus tolerance";
    }
}

package org.harbormaster.exception;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The exception rules evaluated together for a shipment, and the way back from a code to its rule. */
public final class RuleSet {

    private final List<AlertRule> rules;
    private final Map<RuleCode, AlertRule> byCode = new EnumMap<>(RuleCode.class);

    public RuleSet(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
        for (AlertRule rule : this.rules) {
            rule.codes().forEach(code -> {
                if (byCode.put(code, rule) != null) {
                    throw new IllegalArgumentException("two rules raise " + code);
                }
            });
        }
    }

    /** Every rule Harbormaster knows, one for each {@link RuleCode}. */
    public static RuleSet standard() {
        return new RuleSet(List.of(new RolloverRule(), new ConnectionAtRiskRule(), new DepartureSlippingRule(),
                new ArrivalSlippingRule(), new CutoffAtRiskRule(), HoldRule.customs(), HoldRule.carrier(),
                HoldRule.terminal(), new MissingMilestoneRule(), FreeTimeRule.demurrage(), FreeTimeRule.detention(),
                new PromiseAtRiskRule(), new CostOverBudgetRule(), new ContradictoryDataRule()));
    }

    public List<RuleFinding> evaluate(AlertContext context) {
        List<RuleFinding> findings = new ArrayList<>();
        for (AlertRule rule : rules) {
            findings.addAll(rule.evaluate(context));
        }
        return findings;
    }

    /** Why the finding of {@code code} for {@code subject} is gone, in words, as its rule sees the context. */
    public String whyCleared(AlertContext context, RuleCode code, String subject) {
        AlertRule rule = byCode.get(code);
        return rule == null ? "its rule is no longer evaluated" : rule.whyCleared(context, code, subject);
    }

    public List<RuleCode> codes() {
        return List.copyOf(byCode.keySet());
    }
}

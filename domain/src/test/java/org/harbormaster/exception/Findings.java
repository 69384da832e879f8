package org.harbormaster.exception;

import java.time.Instant;

/** Hand-made findings for lifecycle and priority tests: a rule's defaults, with what a test needs set. */
final class Findings {

    private Findings() {
    }

    static RuleFinding aFinding(RuleCode code, String subject, String explanation) {
        return new RuleFinding(code, subject, code.severity(), "Transpacific Imports", code.acknowledgeWithin(),
                code.resolveWithin(), null, explanation, MoneyAtRisk.NONE, null, null, CustomerTier.STANDARD);
    }

    static RuleFinding aFinding(RuleCode code, String subject, String explanation, Instant actBy, CustomerTier tier,
                                MoneyAtRisk money, PromiseRisk promise) {
        return new RuleFinding(code, subject, code.severity(), "Transpacific Imports", code.acknowledgeWithin(),
                code.resolveWithin(), null, explanation, money, promise, actBy, tier);
    }
}

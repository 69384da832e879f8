package org.harbormaster.exception;

import java.util.List;

/**
 * One exception rule: reads a shipment's context and reports a finding per subject that needs someone.
 * A rule never throws for a shipment it does not apply to; it finds nothing.
 */
public interface AlertRule {

    /** The codes this rule raises (one, except for the hold rule). */
    List<RuleCode> codes();

    List<RuleFinding> evaluate(AlertContext context);

    /**
     * Why a finding this rule made earlier for {@code subject} is gone, in the context where it is gone: said
     * to the operator when the alert clears itself.
     */
    String whyCleared(AlertContext context, RuleCode code, String subject);
}

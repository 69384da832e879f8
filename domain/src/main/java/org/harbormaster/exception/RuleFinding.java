package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one rule found about one subject of one shipment (a milestone key, a container, a cut-off, a currency):
 * the rule's code, severity, owning team, SLAs and suggested action, and an explanation in plain words that
 * carries the numbers that triggered it.
 *
 * @param moneyAtRisk  what ignoring it would cost, term by term
 * @param promiseRisk  the promised delivery against the prediction; null when the promise is not at stake
 * @param actBy        the last moment acting still helps (a cut-off, a last free day, a sailing); null if none
 * @param tier         the customer's tier, for the priority
 */
public record RuleFinding(RuleCode code, String subject, Severity severity, String team, Duration acknowledgeWithin,
                          Duration resolveWithin, String suggestedAction, String explanation, MoneyAtRisk moneyAtRisk,
                          PromiseRisk promiseRisk, Instant actBy, CustomerTier tier) {

    public RuleFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(acknowledgeWithin, "acknowledgeWithin");
        Objects.requireNonNull(resolveWithin, "resolveWithin");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(tier, "tier");
        suggestedAction = suggestedAction == null ? code.suggestedAction() : suggestedAction;
        moneyAtRisk = moneyAtRisk == null ? MoneyAtRisk.NONE : moneyAtRisk;
    }

    /**
     * Whether this finding says something different enough from {@code earlier} to note in an alert's
     * history: another severity, owner, deadline, money at risk or promise. Wording alone (an age in hours
     * that grows with every re-evaluation) is refreshed silently.
     */
    public boolean differsMateriallyFrom(RuleFinding earlier) {
        return severity != earlier.severity || !team.equals(earlier.team)
                || !java.util.Objects.equals(actBy, earlier.actBy)
                || !moneyAtRisk.totals().equals(earlier.moneyAtRisk.totals())
                || !java.util.Objects.equals(promiseRisk, earlier.promiseRisk);
    }

    public RuleFinding withSeverity(Severity newSeverity) {
        return new RuleFinding(code, subject, newSeverity, team, acknowledgeWithin, resolveWithin, suggestedAction,
                explanation, moneyAtRisk, promiseRisk, actBy, tier);
    }

    public RuleFinding withMoneyAtRisk(MoneyAtRisk money) {
        return new RuleFinding(code, subject, severity, team, acknowledgeWithin, resolveWithin, suggestedAction,
                explanation, money, promiseRisk, actBy, tier);
    }

    public RuleFinding withPromiseRisk(PromiseRisk risk) {
        return new RuleFinding(code, subject, severity, team, acknowledgeWithin, resolveWithin, suggestedAction,
                explanation, moneyAtRisk, risk, actBy, tier);
    }

    public RuleFinding actingBy(Instant deadline) {
        return new RuleFinding(code, subject, severity, team, acknowledgeWithin, resolveWithin, suggestedAction,
                explanation, moneyAtRisk, promiseRisk, deadline, tier);
    }
}

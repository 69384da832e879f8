package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.shipment.Milestone;

/** The wording shared by the departure and arrival slipping rules. */
final class Slip {

    private Slip() {
    }

    static RuleFinding finding(AlertContext ctx, RuleCode code, String what, Milestone m, Instant booked,
                               Outlook outlook, Duration threshold, Threshold setting) {
        var zone = m.location().zone();
        Duration late = Duration.between(booked, outlook.at());
        String text = what + " slipping: booked " + Wording.local(booked, zone) + ", now expected "
                + Wording.local(outlook.at(), zone) + " (" + outlook.basis() + "), " + Wording.days(late)
                + " late; threshold " + Wording.threshold(threshold) + " (" + ctx.thresholds().origin(setting) + ").";
        RuleFinding finding = ctx.finding(code, m.key(), text);
        return late.compareTo(threshold.multipliedBy(2)) >= 0 ? finding.withSeverity(Severity.HIGH) : finding;
    }

    static String whyCleared(AlertContext ctx, String key, String happened, Threshold setting) {
        return ctx.shipment().milestone(key).map(m -> m.isDone()
                        ? happened + " " + Wording.local(m.actual(), m.location().zone())
                        : "now expected " + Wording.local(ctx.outlook(m).at(), m.location().zone()) + " ("
                          + ctx.outlook(m).basis() + "), within " + Wording.threshold(ctx.thresholds().duration(setting))
                          + " of the booked time")
                .orElse("the milestone is no longer in the plan");
    }
}

package org.harbormaster.exception;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.shipment.Milestone;

/**
 * Milestones that contradict each other or the clock: an actual time later than now, or an actual earlier
 * than the actual of a milestone the plan puts before it. Tolerances are those carriers' clocks and keying
 * need (15 minutes ahead of now, 2 hours out of order).
 */
public final class ContradictoryDataRule implements AlertRule {

    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(15);
    static final Duration SEQUENCE_TOLERANCE = Duration.ofHours(2);
    private static final String IN_FUTURE = "/in-future";
    private static final String OUT_OF_ORDER = "/out-of-order";

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.CONTRADICTORY_DATA);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<Milestone> done = ctx.shipment().milestones().stream().filter(m -> !m.type().isCutoff() && m.isDone()).toList();
        List<RuleFinding> out = new ArrayList<>();
        Milestone latestBefore = null;
        for (Milestone m : done) {
            if (m.actual().isAfter(ctx.now().plus(CLOCK_TOLERANCE))) {
                out.add(inFuture(ctx, m));
            }
            if (latestBefore != null && m.actual().plus(SEQUENCE_TOLERANCE).isBefore(latestBefore.actual())) {
                out.add(outOfOrder(ctx, m, latestBefore));
            }
            if (latestBefore == null || m.actual().isAfter(latestBefore.actual())) {
                latestBefore = m;
            }
        }
        return out;
    }

    private static RuleFinding inFuture(AlertContext ctx, Milestone m) {
        String text = m.key() + " happened " + Wording.local(m.actual(), m.location().zone()) + ", which is still "
                + Wording.hours(Duration.between(ctx.now(), m.actual())) + " in the future.";
        return ctx.finding(RuleCode.CONTRADICTORY_DATA, m.key() + IN_FUTURE, text).withSeverity(Severity.MEDIUM);
    }

    private static RuleFinding outOfOrder(AlertContext ctx, Milestone m, Milestone earlierInPlan) {
        String text = m.key() + " happened " + Wording.local(m.actual(), m.location().zone()) + ", "
                + Wording.hours(Duration.between(m.actual(), earlierInPlan.actual())) + " before " + earlierInPlan.key()
                + " (" + Wording.local(earlierInPlan.actual(), earlierInPlan.location().zone())
                + "), which the plan puts first.";
        return ctx.finding(RuleCode.CONTRADICTORY_DATA, m.key() + OUT_OF_ORDER, text);
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        String key = subject.substring(0, subject.lastIndexOf('/'));
        return ctx.shipment().milestone(key)
                .map(m -> m.isDone() ? key + " corrected to " + Wording.local(m.actual(), m.location().zone())
                        : key + " no longer has an actual time")
                .orElse(key + " is no longer in the plan");
    }
}

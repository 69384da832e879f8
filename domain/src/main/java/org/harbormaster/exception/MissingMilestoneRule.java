package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.Milestone;

/**
 * An expected milestone with no event: the next one the shipment waits for, once its window (the carrier's
 * estimate or schedule, else the plan, moved with any later milestone the carrier moved) plus
 * its grace ({@code milestone.grace.<TYPE>}, else {@link Threshold#MILESTONE_GRACE}) has passed; or one skipped over,
 * a grace period after a later milestone happened (low: the cargo moved on, the data did not).
 */
public final class MissingMilestoneRule implements AlertRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.MILESTONE_MISSING);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<Milestone> events = ctx.shipment().milestones().stream().filter(m -> !m.type().isCutoff()).toList();
        int lastDone = lastDoneIndex(events);
        List<RuleFinding> out = new ArrayList<>();
        for (int i = 0; i < lastDone; i++) {
            Milestone skipped = events.get(i);
            Duration grace = ctx.thresholds().graceFor(skipped.type());
            if (!skipped.isDone() && ctx.now().isAfter(events.get(lastDone).actual().plus(grace))) {
                out.add(skipped(ctx, skipped, events.get(lastDone), grace));
            }
        }
        if (lastDone + 1 < events.size()) {
            Milestone next = events.get(lastDone + 1);
            Duration grace = ctx.thresholds().graceFor(next.type());
            Outlook window = window(ctx, events, lastDone + 1);
            if (window.at() != null && ctx.now().isAfter(window.at().plus(grace))) {
                out.add(overdue(ctx, next, window, grace));
            }
        }
        return out;
    }

    /**
     * When the next milestone is due: what the carrier says of it, else the plan; moved later as far as the
     * carrier moved any milestone after it (a container rolled a week is not "missing" its loading).
     */
    private static Outlook window(AlertContext ctx, List<Milestone> events, int next) {
        Milestone m = events.get(next);
        Outlook window = ctx.carrierSays(m).orElse(new Outlook(m.planned(), "plan"));
        for (Milestone later : events.subList(next + 1, events.size())) {
            Optional<Outlook> said = ctx.carrierSays(later);
            Optional<Instant> booked = ctx.booked(later);
            if (said.isPresent() && booked.isPresent() && m.planned() != null) {
                Duration shift = Duration.between(booked.get(), said.get().at());
                Outlook moved = new Outlook(m.planned().plus(shift), "plan, moved " + Wording.days(shift) + " as the "
                        + said.get().basis() + " of " + later.key());
                window = Outlook.later(window, moved);
            }
        }
        return window;
    }

    private static int lastDoneIndex(List<Milestone> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).isDone()) {
                return i;
            }
        }
        return -1;
    }

    private static RuleFinding overdue(AlertContext ctx, Milestone m, Outlook window, Duration grace) {
        var zone = m.location().zone();
        String text = "No " + m.type().label().toLowerCase(java.util.Locale.ROOT) + " event for " + m.key()
                + ": expected " + Wording.local(window.at(), zone) + " (" + window.basis() + "), grace "
                + Wording.threshold(grace) + " ended " + Wording.local(window.at().plus(grace), zone) + "; "
                + Wording.hours(Duration.between(window.at(), ctx.now())) + " overdue.";
        return ctx.finding(RuleCode.MILESTONE_MISSING, m.key(), text);
    }

    private static RuleFinding skipped(AlertContext ctx, Milestone m, Milestone later, Duration grace) {
        String text = "No event for " + m.key() + ", though " + later.key() + " happened "
                + Wording.local(later.actual(), later.location().zone()) + " (grace " + Wording.threshold(grace) + ").";
        return ctx.finding(RuleCode.MILESTONE_MISSING, m.key(), text).withSeverity(Severity.LOW);
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return ctx.shipment().milestone(subject).map(m -> m.isDone()
                        ? "event received: " + m.key() + " happened " + Wording.local(m.actual(), m.location().zone())
                        : "now expected " + Wording.local(ctx.outlook(m).at(), m.location().zone()) + " ("
                          + ctx.outlook(m).basis() + ")")
                .orElse("the milestone is no longer in the plan");
    }
}

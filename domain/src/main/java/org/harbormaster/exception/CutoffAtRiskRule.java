package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * A cut-off not yet met within {@link Threshold#CUTOFF_WARNING} of its deadline (high), or past it (critical);
 * and a cargo cut-off whatever the time left once the gate-in is expected after it.
 * The cargo cut-off is met by the gate-in at the terminal; documentation and VGM have no milestone, so the
 * context says which were met. Loading the cargo meets them all.
 */
public final class CutoffAtRiskRule implements AlertRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.CUTOFF_AT_RISK);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        Duration warning = ctx.thresholds().duration(Threshold.CUTOFF_WARNING);
        for (Milestone cutoff : ctx.shipment().milestones()) {
            if (!cutoff.type().isCutoff() || cutoff.expected().isEmpty() || metBy(ctx, cutoff).isPresent()) {
                continue;
            }
            Instant deadline = cutoff.expected().get();
            Optional<Outlook> lateGateIn = gateInFor(ctx, cutoff).map(ctx::outlook).filter(o -> o.at().isAfter(deadline));
            if (!ctx.now().isBefore(deadline.minus(warning)) || lateGateIn.isPresent()) {
                out.add(finding(ctx, cutoff, deadline, warning, lateGateIn));
            }
        }
        return out;
    }

    private static RuleFinding finding(AlertContext ctx, Milestone cutoff, Instant deadline, Duration warning,
                                       Optional<Outlook> lateGateIn) {
        var zone = cutoff.location().zone();
        Duration left = Duration.between(ctx.now(), deadline);
        boolean passed = left.isNegative();
        String text = cutoff.type().label() + " at " + cutoff.location().locode() + " " + Wording.local(deadline, zone)
                + (passed ? " passed " + Wording.hours(left.negated()) + " ago" : " in " + Wording.hours(left))
                + "; " + unmet(cutoff.type(), lateGateIn, deadline, zone) + " (warning " + Wording.threshold(warning) + ").";
        RuleFinding finding = ctx.finding(RuleCode.CUTOFF_AT_RISK, cutoff.key(), text).actingBy(deadline);
        return passed ? finding.withSeverity(Severity.CRITICAL) : finding;
    }

    private static String unmet(MilestoneType type, Optional<Outlook> lateGateIn, Instant deadline, java.time.ZoneId zone) {
        if (lateGateIn.isPresent()) {
            Outlook o = lateGateIn.get();
            return "gate-in expected " + Wording.local(o.at(), zone) + " (" + o.basis() + "), "
                    + Wording.hours(Duration.between(deadline, o.at())) + " after it";
        }
        return type == MilestoneType.CARGO_CUTOFF ? "no gate-in of the full container yet"
                : "not reported as submitted";
    }

    /** The gate-in at the cut-off's terminal that meets a cargo cut-off; empty for other cut-offs or plans without one. */
    private static Optional<Milestone> gateInFor(AlertContext ctx, Milestone cutoff) {
        if (cutoff.type() != MilestoneType.CARGO_CUTOFF) {
            return Optional.empty();
        }
        return ctx.shipment().milestones().stream().filter(m -> m.type() == MilestoneType.GATE_IN
                && m.location().locode().equals(cutoff.location().locode())).findFirst();
    }

    /** What met the cut-off, in words; empty while it is unmet. */
    static Optional<String> metBy(AlertContext ctx, Milestone cutoff) {
        Shipment s = ctx.shipment();
        Optional<Milestone> loaded = s.milestones().stream()
                .filter(m -> m.type() == MilestoneType.LOADED && m.legIndex() == cutoff.legIndex() && m.isDone()).findFirst();
        if (loaded.isPresent()) {
            return Optional.of("the cargo is loaded");
        }
        Optional<Milestone> gateIn = gateInFor(ctx, cutoff).filter(Milestone::isDone);
        if (gateIn.isPresent()) {
            return Optional.of("gated in " + Wording.local(gateIn.get().actual(), cutoff.location().zone()));
        }
        return ctx.cutoffsMet().contains(cutoffType(cutoff.type())) ? Optional.of("reported as met") : Optional.empty();
    }

    private static CutoffType cutoffType(MilestoneType type) {
        for (CutoffType t : CutoffType.values()) {
            if (t.milestone() == type) {
                return t;
            }
        }
        throw new IllegalArgumentException(type + " is not a cut-off");
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return ctx.shipment().milestone(subject).flatMap(m -> metBy(ctx, m).map(how -> "cut-off met: " + how))
                .orElse("the cut-off is out of the warning window and the gate-in expected before it");
    }
}

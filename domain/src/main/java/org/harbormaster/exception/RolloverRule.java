package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container rolled to a later sailing: before it is loaded, the carrier moves its departure by at least
 * {@link Threshold#ROLLOVER_SHIFT} (about a weekly service's next sailing). A smaller move is a late vessel,
 * which {@link DepartureSlippingRule} reports.
 */
public final class RolloverRule implements AlertRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.ROLLOVER);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        for (Departure d : Departure.of(ctx.shipment())) {
            rolledBy(ctx, d).ifPresent(shift -> out.add(finding(ctx, d, shift)));
        }
        return out;
    }

    /** How far the carrier moved the sailing, when that makes it a rollover. */
    static Optional<Duration> rolledBy(AlertContext ctx, Departure d) {
        Optional<Instant> booked = ctx.booked(d.departed());
        Optional<Outlook> carrier = ctx.carrierSays(d.departed());
        if (d.cargoOnBoard() || booked.isEmpty() || carrier.isEmpty()) {
            return Optional.empty();
        }
        Duration shift = Duration.between(booked.get(), carrier.get().at());
        return shift.compareTo(ctx.thresholds().duration(Threshold.ROLLOVER_SHIFT)) >= 0 ? Optional.of(shift) : Optional.empty();
    }

    private static RuleFinding finding(AlertContext ctx, Departure d, Duration shift) {
        var zone = d.departed().location().zone();
        Outlook carrier = ctx.carrierSays(d.departed()).orElseThrow();
        Duration threshold = ctx.thresholds().duration(Threshold.ROLLOVER_SHIFT);
        String text = "Rolled at " + d.port() + ": booked to sail " + Wording.local(ctx.booked(d.departed()).orElseThrow(), zone)
                + ", " + carrier.basis() + " now " + Wording.local(carrier.at(), zone) + " (+" + Wording.days(shift)
                + "; a move of " + Wording.threshold(threshold) + " or more before loading is another sailing); the cargo is not loaded.";
        return ctx.finding(RuleCode.ROLLOVER, d.departed().key(), text).actingBy(carrier.at());
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return Departure.of(ctx.shipment()).stream().filter(d -> d.departed().key().equals(subject)).findFirst()
                .map(d -> d.cargoOnBoard() ? "the cargo is loaded at " + d.port()
                        : "the carrier's sailing is back within " + Wording.threshold(
                                ctx.thresholds().duration(Threshold.ROLLOVER_SHIFT)) + " of the booked one")
                .orElse("the departure is no longer in the plan");
    }
}

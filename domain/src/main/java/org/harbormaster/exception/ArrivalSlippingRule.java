package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.Milestone;

/**
 * The arrival at the final port expected at least {@link Threshold#ARRIVAL_SLIP} later than booked, by the
 * carrier's word or our median, whichever is later; until the vessel arrives.
 */
public final class ArrivalSlippingRule implements AlertRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.ARRIVAL_SLIPPING);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        Optional<Milestone> arrival = ctx.shipment().arrivalAtFinalPort();
        if (arrival.isEmpty() || arrival.get().isDone() || ctx.booked(arrival.get()).isEmpty()) {
            return List.of();
        }
        Milestone m = arrival.get();
        Instant booked = ctx.booked(m).orElseThrow();
        Outlook outlook = ctx.outlook(m);
        Duration threshold = ctx.thresholds().duration(Threshold.ARRIVAL_SLIP);
        if (Duration.between(booked, outlook.at()).compareTo(threshold) < 0) {
            return List.of();
        }
        return List.of(Slip.finding(ctx, RuleCode.ARRIVAL_SLIPPING, "Arrival at " + m.location().locode(), m, booked,
                outlook, threshold, Threshold.ARRIVAL_SLIP));
    }


    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return Slip.whyCleared(ctx, subject, "arrived", Threshold.ARRIVAL_SLIP);
    }
}

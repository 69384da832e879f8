package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A departure expected at least {@link Threshold#DEPARTURE_SLIP} later than booked, by the carrier's word or
 * our median, whichever is later. Not raised for a rollover, nor once the vessel has sailed.
 */
public final class DepartureSlippingRule implements AlertRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.DEPARTURE_SLIPPING);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        Duration threshold = ctx.thresholds().duration(Threshold.DEPARTURE_SLIP);
        for (Departure d : Departure.of(ctx.shipment())) {
            Optional<Instant> booked = ctx.booked(d.departed());
            if (d.departed().isDone() || booked.isEmpty() || RolloverRule.rolledBy(ctx, d).isPresent()) {
                continue;
            }
            Outlook outlook = ctx.outlook(d.departed());
            Duration late = Duration.between(booked.get(), outlook.at());
            if (late.compareTo(threshold) >= 0) {
                out.add(Slip.finding(ctx, RuleCode.DEPARTURE_SLIPPING, "Departure from " + d.port(), d.departed(),
                        booked.get(), outlook, threshold, Threshold.DEPARTURE_SLIP));
            }
        }
        return out;
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return Slip.whyCleared(ctx, subject, "sailed", Threshold.DEPARTURE_SLIP);
    }
}

package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.prediction.PredictedTime;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * A transshipment whose cargo is predicted to reach the hub less than {@link Threshold#CONNECTION_MINIMUM}
 * before the connecting vessel sails: at the P90 (medium), or already at the median (high). Until the cargo
 * is loaded onto the connecting vessel.
 */
public final class ConnectionAtRiskRule implements AlertRule {

    /** The three milestones of one connection at a hub. */
    private record Connection(Milestone arrivalAtHub, Milestone loadedAtHub, Milestone connectingDeparture) {

        String hub() {
            return loadedAtHub.location().locode().toString();
        }
    }

    @Override
    public List<RuleCode> codes() {
        return List.of(RuleCode.CONNECTION_AT_RISK);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        Duration minimum = ctx.thresholds().duration(Threshold.CONNECTION_MINIMUM);
        for (Connection c : connections(ctx.shipment())) {
            if (c.loadedAtHub().isDone() || c.connectingDeparture().isDone()) {
                continue;
            }
            PredictedTime arrival = ctx.expectedRange(c.arrivalAtHub());
            Instant sailing = ctx.carrierSays(c.connectingDeparture()).map(Outlook::at)
                    .orElse(c.connectingDeparture().planned());
            Duration slackP50 = Duration.between(arrival.p50(), sailing);
            Duration slackP90 = Duration.between(arrival.p90(), sailing);
            if (slackP90.compareTo(minimum) < 0) {
                out.add(finding(ctx, c, arrival, sailing, slackP50, slackP90, minimum));
            }
        }
        return out;
    }

    private static RuleFinding finding(AlertContext ctx, Connection c, PredictedTime arrival, Instant sailing,
                                       Duration slackP50, Duration slackP90, Duration minimum) {
        var zone = c.loadedAtHub().location().zone();
        String text = "Connection at " + c.hub() + " at risk: arrival at the hub " + Wording.local(arrival.p50(), zone)
                + " (P50) / " + Wording.local(arrival.p90(), zone) + " (P90)" + (c.arrivalAtHub().isDone() ? " (actual)" : "")
                + ", connecting sailing " + Wording.local(sailing, zone) + "; slack " + Wording.hours(slackP50) + " at P50, "
                + Wording.hours(slackP90) + " at P90, below the minimum connection of " + Wording.threshold(minimum) + ".";
        RuleFinding finding = ctx.finding(RuleCode.CONNECTION_AT_RISK, c.loadedAtHub().key(), text)
                .actingBy(sailing.minus(minimum));
        return slackP50.compareTo(minimum) < 0 ? finding : finding.withSeverity(Severity.MEDIUM);
    }

    private static List<Connection> connections(Shipment shipment) {
        List<Leg> legs = shipment.plan().legs();
        List<Connection> out = new ArrayList<>();
        for (int i = 1; i + 1 < legs.size(); i++) {
            if (legs.get(i).type() == LegType.TRANSSHIPMENT && legs.get(i + 1).type() == LegType.MAIN_CARRIAGE) {
                int leg = i;
                Optional<Milestone> in = find(shipment, MilestoneType.ARRIVED, leg - 1);
                Optional<Milestone> loaded = find(shipment, MilestoneType.LOADED, leg);
                Optional<Milestone> out2 = find(shipment, MilestoneType.DEPARTED, leg + 1);
                if (in.isPresent() && loaded.isPresent() && out2.isPresent()) {
                    out.add(new Connection(in.get(), loaded.get(), out2.get()));
                }
            }
        }
        return out;
    }

    private static Optional<Milestone> find(Shipment shipment, MilestoneType type, int legIndex) {
        return shipment.milestones().stream().filter(m -> m.type() == type && m.legIndex() == legIndex).findFirst();
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return ctx.shipment().milestone(subject).map(m -> m.isDone()
                        ? "the cargo was loaded onto the connecting vessel " + Wording.local(m.actual(), m.location().zone())
                        : "the arrival at the hub now leaves at least " + Wording.threshold(
                                ctx.thresholds().duration(Threshold.CONNECTION_MINIMUM)) + " before the connecting sailing")
                .orElse("the connection is no longer in the plan");
    }
}

package org.harbormaster.simulator.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.ArrivalPredictor;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.DurationDistribution;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.prediction.MilestonePrediction;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.simulator.inbox.SimulatedInbox;

/**
 * Watches Harbormaster's side as events are applied: how late each actual was recorded (milestone
 * timeliness), and what the real {@link ArrivalPredictor} predicted for the arrival at the port of discharge
 * when the vessel was seen leaving its first port, learning main-carriage durations from the actuals applied.
 */
public final class SystemObserver implements SimulatedInbox.AppliedListener {

    /** The predictor's P50 and P90 for the arrival, made as the vessel left. */
    public record ArrivalForecast(Instant madeAt, Instant p50, Instant p90) {
    }

    private static final int MIN_HISTORY = 20;
    private static final int REFRESH_EVERY = 25;

    private final List<Double> recordingLagHours = new ArrayList<>();
    private long outOfOrder;
    private final Map<ShipmentId, ArrivalForecast> forecasts = new HashMap<>();
    private final Map<LegKey, List<Duration>> history = new HashMap<>();
    private final Map<LegKey, DurationDistribution> learned = new HashMap<>();
    private final ArrivalPredictor predictor = new ArrivalPredictor(this::distribution,
            ConnectionRules.weeklyServiceWithOneDayToConnect());

    @Override
    public void applied(Shipment before, Shipment after, Milestone milestone, MilestoneEvent event) {
        if (event.kind() != TimeKind.ACTUAL) {
            return;
        }
        Optional<Milestone> previous = before.milestone(milestone.key());
        if (previous.isPresent() && previous.get().actual() == null) {
            recordingLagHours.add(Duration.between(event.eventTime(), event.receivedAt()).getSeconds() / 3600.0);
            if (laterMilestoneAlreadyDone(before, milestone)) {
                outOfOrder++;
            }
        }
        Leg leg = after.plan().legs().get(milestone.legIndex());
        if (leg.type() != LegType.MAIN_CARRIAGE) {
            return;
        }
        if (milestone.type() == MilestoneType.ARRIVED) {
            learn(after, milestone, leg);
        } else if (milestone.type() == MilestoneType.DEPARTED && milestone.legIndex() == firstMainCarriage(after)
                && !forecasts.containsKey(after.id())) {
            forecast(after, event.receivedAt());
        }
    }

    /** Whether a milestone the plan puts after this one was recorded first: the messages came out of order. */
    private static boolean laterMilestoneAlreadyDone(Shipment before, Milestone milestone) {
        boolean after = false;
        for (Milestone m : before.milestones()) {
            if (m.key().equals(milestone.key())) {
                after = true;
            } else if (after && m.isDone() && !m.type().isCutoff()) {
                return true;
            }
        }
        return false;
    }

    public long actualsRecordedOutOfOrder() {
        return outOfOrder;
    }

    private void forecast(Shipment shipment, Instant asOf) {
        ArrivalPrediction prediction = predictor.predict(shipment, asOf);
        shipment.arrivalAtFinalPort().flatMap(m -> prediction.milestone(m.key())).ifPresent((MilestonePrediction p) ->
                forecasts.put(shipment.id(), new ArrivalForecast(asOf, p.p50(), p.p90())));
    }

    private void learn(Shipment shipment, Milestone arrived, Leg leg) {
        shipment.milestones().stream()
                .filter(m -> m.legIndex() == arrived.legIndex() && m.type() == MilestoneType.DEPARTED && m.isDone())
                .findFirst()
                .ifPresent(departed -> {
                    Duration sailed = Duration.between(departed.actual(), arrived.actual());
                    if (sailed.isNegative()) {
                        return;
                    }
                    LegKey key = LegKey.lane(leg.type(), leg.mode(), leg.from().locode(), leg.to().locode());
                    List<Duration> seen = history.computeIfAbsent(key, k -> new ArrayList<>());
                    seen.add(sailed);
                    if (seen.size() >= MIN_HISTORY && seen.size() % REFRESH_EVERY == 0) {
                        learned.put(key, DurationDistribution.observed(seen));
                    }
                });
    }

    private Optional<DurationDistribution> distribution(LegKey key) {
        return Optional.ofNullable(learned.get(key));
    }

    private static int firstMainCarriage(Shipment shipment) {
        List<Leg> legs = shipment.plan().legs();
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).type() == LegType.MAIN_CARRIAGE) {
                return i;
            }
        }
        return -1;
    }

    public List<Double> recordingLagHours() {
        return recordingLagHours;
    }

    public Optional<ArrivalForecast> forecast(ShipmentId shipment) {
        return Optional.ofNullable(forecasts.get(shipment));
    }
}

package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.tracking.TrackedRoute;
import org.harbormaster.tracking.TrackingOnlyShipment;

/**
 * Replays finished shipments as of a cut-off before their arrival at the port of discharge and scores the
 * predicted arrival against what happened, beside a baseline: the carrier's latest estimate known at the
 * cut-off, else the planned time.
 * <ul>
 * <li>Known at the cut-off: events reported by then (an actual also having happened by then).</li>
 * <li>The shipment as of the cut-off is its plan with only those events applied; a tracking-only shipment's plan
 *     is read again from those events alone (its route and times as the feed showed them then).</li>
 * <li>The model as of the cut-off learns only from legs of <em>other</em> shipments that ended by then: no
 *     look-ahead, and nothing from the same voyage's future.</li>
 * <li>The arrival is the vessel's arrival at the last port of discharge (predicted, estimated and planned); where
 *     the feed never reported it, the discharge there stands for when it happened.</li>
 * </ul>
 */
public final class Backtest {

    /** A finished (or not) shipment as it stands, and every event it was given. */
    public record Case(Shipment shipment, List<MilestoneEvent> events) {
        public Case {
            Objects.requireNonNull(shipment, "shipment");
            events = List.copyOf(events);
        }
    }

    /** One scored shipment. */
    public record Scored(String reference, String milestone, Instant cutoff, Instant actual, Instant p50, Instant p90,
                         Instant baseline, Baseline baselineKind, long modelObservations) {

        public Duration ourError() {
            return Duration.between(actual, p50).abs();
        }

        public Duration baselineError() {
            return Duration.between(actual, baseline).abs();
        }

        public boolean withinP90() {
            return !actual.isAfter(p90);
        }
    }

    public enum Baseline {
        CARRIER_ESTIMATE,
        PLANNED
    }

    public enum Skip {
        NOT_ARRIVED("no actual arrival at the port of discharge"),
        NOTHING_KNOWN("no event known at the cut-off"),
        ROUTE_UNKNOWN("the route to the port of discharge was not known at the cut-off"),
        ALREADY_ARRIVED("the arrival was already reported at the cut-off");

        private final String meaning;

        Skip(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    private final Duration cutoff;
    private final TransitPriors priors;
    private final ConnectionRules connections;

    public Backtest(Duration cutoff, TransitPriors priors, ConnectionRules connections) {
        this.cutoff = Objects.requireNonNull(cutoff, "cutoff");
        this.priors = Objects.requireNonNull(priors, "priors");
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    public BacktestReport run(List<Case> cases) {
        List<List<LegObservation>> observations = cases.stream().map(c -> LegObservation.of(c.shipment())).toList();
        List<Scored> scored = new ArrayList<>();
        java.util.Map<Skip, Integer> skipped = new java.util.EnumMap<>(Skip.class);
        for (int i = 0; i < cases.size(); i++) {
            Object outcome = score(cases.get(i), i, observations);
            if (outcome instanceof Scored s) {
                scored.add(s);
            } else {
                skipped.merge((Skip) outcome, 1, Integer::sum);
            }
        }
        return new BacktestReport(cutoff, cases.size(), scored, skipped);
    }

    private Object score(Case c, int index, List<List<LegObservation>> observations) {
        Optional<Milestone> arrival = c.shipment().arrivalAtFinalPort();
        Optional<Instant> arrived = actualArrival(c.shipment());
        if (arrival.isEmpty() || arrived.isEmpty()) {
            return Skip.NOT_ARRIVED;
        }
        Instant actual = arrived.get();
        Instant at = actual.minus(cutoff);
        List<MilestoneEvent> known = c.events().stream().filter(e -> knownAt(e, at)).toList();
        if (known.isEmpty()) {
            return Skip.NOTHING_KNOWN;
        }
        Optional<Shipment> asOf = asOf(c.shipment(), known);
        Optional<Milestone> target = asOf.flatMap(s -> s.milestone(arrival.get().key()));
        if (target.isEmpty()) {
            return Skip.ROUTE_UNKNOWN;
        }
        if (target.get().isDone()) {
            return Skip.ALREADY_ARRIVED;
        }
        TransitModel model = modelAsOf(at, index, observations);
        ArrivalPrediction prediction = new ArrivalPredictor(model, connections).predict(asOf.get(), at);
        Optional<MilestonePrediction> predicted = prediction.milestone(target.get().key());
        if (predicted.isEmpty()) {
            return Skip.ROUTE_UNKNOWN;
        }
        Milestone then = target.get();
        Baseline kind = then.estimated() != null ? Baseline.CARRIER_ESTIMATE : Baseline.PLANNED;
        Instant baseline = then.estimated() != null ? then.estimated() : then.planned();
        return new Scored(c.shipment().reference(), then.key(), at, actual, predicted.get().p50(),
                predicted.get().p90(), baseline, kind, model.observationCount());
    }

    private static boolean knownAt(MilestoneEvent event, Instant at) {
        return !event.reportedAt().isAfter(at) && (event.kind() != TimeKind.ACTUAL || !event.eventTime().isAfter(at));
    }

    /** The shipment with only the known events applied; a tracking-only one re-planned from them. */
    private static Optional<Shipment> asOf(Shipment shipment, List<MilestoneEvent> known) {
        Plan plan = shipment.plan();
        if (TrackingOnlyShipment.isTrackingOnly(shipment)) {
            Optional<Plan> then = TrackedRoute.plan(known);
            if (then.isEmpty()) {
                return Optional.empty();
            }
            plan = then.get();
        }
        Shipment fresh = Shipment.book(shipment.id(), shipment.details(), plan, shipment.createdAt());
        return Optional.of(EventApplication.applyAll(fresh, known));
    }

    /** When the arrival happened: its actual, or the discharge there where the feed never reported the arrival. */
    static Optional<Instant> actualArrival(Shipment shipment) {
        Optional<Milestone> arrived = shipment.arrivalAtFinalPort();
        if (arrived.isEmpty()) {
            return Optional.empty();
        }
        if (arrived.get().isDone()) {
            return Optional.of(arrived.get().actual());
        }
        int leg = arrived.get().legIndex();
        return shipment.milestones().stream()
                .filter(m -> m.legIndex() == leg + 1 && m.type() == MilestoneType.DISCHARGED && m.isDone())
                .map(Milestone::actual).findFirst();
    }

    private TransitModel modelAsOf(Instant at, int self, List<List<LegObservation>> observations) {
        List<LegObservation> known = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (i != self) {
                observations.get(i).stream().filter(o -> !o.endedAt().isAfter(at)).forEach(known::add);
            }
        }
        known.sort(Comparator.comparing(LegObservation::endedAt));
        return TransitModel.learn(0, at, known, priors);
    }
}

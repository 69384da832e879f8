package org.harbormaster.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.AlertContext;
import org.harbormaster.exception.AlertReconciler;
import org.harbormaster.exception.Reconciliation;
import org.harbormaster.exception.RuleSet;
import org.harbormaster.exception.ThresholdBook;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.money.demurrage.WorkingCalendar;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.ArrivalPredictor;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.DurationDistribution;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.shipment.Shipment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5: re-evaluating a shipment's exception rules after an event must take well under a millisecond. The
 * shipment of {@link RailImportViaBusan} goes through its journey's events in a cycle; each operation applies the
 * next event, predicts, runs every standard rule (tariffs, working calendars, default thresholds) and reconciles
 * the shipment's open cases with what they found, as the server does in the event's transaction (without the
 * database). {@code rulesOnly} runs the rules and the reconciliation on the shipments as they stand after each
 * event, predictions made beforehand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReevaluateRulesAfterEventBenchmark {

    private ArrivalPredictor predictor;
    private final RuleSet rules = RuleSet.standard();
    private final TariffBook tariffs = TariffBook.standard();
    private final ThresholdBook thresholds = ThresholdBook.defaults();
    private final AlertReconciler reconciler = AlertReconciler.withRandomIds();
    /** Calendars kept per country, as the server keeps them. */
    private final Map<String, WorkingCalendar> calendars = new java.util.HashMap<>();
    private Shipment booked;
    private MilestoneEvent[] events;
    private Shipment[] afterEvent;
    private ArrivalPrediction[] predictedAfter;
    private Shipment current;
    private List<Alert> open = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void bookAndLearn() {
        booked = RailImportViaBusan.booked();
        Map<LegKey, DurationDistribution> known = LearnedDurations.forLegsOf(booked.plan(),
                RepredictAfterEventBenchmark.OBSERVATIONS_PER_KEY, RepredictAfterEventBenchmark.SEED);
        predictor = new ArrivalPredictor(key -> Optional.ofNullable(known.get(key)),
                ConnectionRules.weeklyServiceWithOneDayToConnect());
        events = EventsAlongTheJourney.of(booked).toArray(MilestoneEvent[]::new);
        afterEvent = new Shipment[events.length];
        predictedAfter = new ArrivalPrediction[events.length];
        Shipment shipment = booked;
        for (int i = 0; i < events.length; i++) {
            shipment = EventApplication.apply(shipment, events[i]).shipment();
            afterEvent[i] = shipment;
            predictedAfter[i] = predictor.predict(shipment, events[i].receivedAt());
        }
        current = booked;
    }

    /** The whole step after an event: apply, predict, run the rules, reconcile the cases. */
    @Benchmark
    public Reconciliation applyPredictAndReevaluate() {
        MilestoneEvent event = events[next];
        current = EventApplication.apply(current, event).shipment();
        ArrivalPrediction prediction = predictor.predict(current, event.receivedAt());
        Reconciliation outcome = reevaluate(current, prediction, event.receivedAt());
        keepOpen(outcome);
        advance();
        return outcome;
    }

    /** The rules and the reconciliation alone. */
    @Benchmark
    public Reconciliation rulesOnly() {
        Reconciliation outcome = reevaluate(afterEvent[next], predictedAfter[next], events[next].receivedAt());
        keepOpen(outcome);
        advance();
        return outcome;
    }

    private Reconciliation reevaluate(Shipment shipment, ArrivalPrediction prediction, Instant now) {
        AlertContext context = AlertContext.of(shipment, now).prediction(prediction).tariffs(tariffs)
                .calendars(place -> calendars.computeIfAbsent(place.countryCode(), c -> WorkingCalendar.forLocation(place)))
                .thresholds(thresholds).build();
        return reconciler.reevaluate(context, rules, open);
    }

    private void keepOpen(Reconciliation outcome) {
        List<Alert> still = new ArrayList<>(outcome.opened());
        still.addAll(outcome.updated());
        still.addAll(outcome.unchanged());
        open = still;
    }

    private void advance() {
        next++;
        if (next == events.length) {
            next = 0;
            current = booked;
            open = new ArrayList<>();
        }
    }
}

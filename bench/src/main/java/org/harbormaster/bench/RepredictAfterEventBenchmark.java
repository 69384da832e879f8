package org.harbormaster.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.MilestoneEvent;
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
 * Issue 4: re-predicting one shipment after an event must take well under a millisecond, so predictions keep
 * up with event ingest. One shipment, {@link RailImportViaBusan}, goes through the events of its whole
 * journey ({@link EventsAlongTheJourney}) in a cycle: each operation takes the next event; after the empty
 * return the shipment starts again as booked. Distributions come from an in-memory map of 200 observations
 * per leg key ({@link LearnedDurations}). Every operation returns its prediction, so nothing is eliminated.
 * {@link PerSecond} runs the same benchmarks as operations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RepredictAfterEventBenchmark {

    static final int OBSERVATIONS_PER_KEY = 200;
    static final long SEED = 4;

    private ArrivalPredictor predictor;
    private Shipment booked;
    private MilestoneEvent[] events;
    /** The shipment once the events up to and including the same index have been applied. */
    private Shipment[] afterEvent;
    private Shipment current;
    private int next;

    @Setup(Level.Trial)
    public void bookAndLearn() {
        booked = RailImportViaBusan.booked();
        Map<LegKey, DurationDistribution> known = LearnedDurations.forLegsOf(booked.plan(), OBSERVATIONS_PER_KEY, SEED);
        predictor = new ArrivalPredictor(key -> Optional.ofNullable(known.get(key)),
                ConnectionRules.weeklyServiceWithOneDayToConnect());
        List<MilestoneEvent> journey = EventsAlongTheJourney.of(booked);
        events = journey.toArray(MilestoneEvent[]::new);
        afterEvent = new Shipment[events.length];
        Shipment shipment = booked;
        for (int i = 0; i < events.length; i++) {
            EventApplication.Applied applied = EventApplication.apply(shipment, events[i]);
            if (applied.outcome() != EventApplication.Outcome.APPLIED) {
                throw new IllegalStateException(events[i].eventKey() + " was " + applied.outcome());
            }
            shipment = applied.shipment();
            afterEvent[i] = shipment;
        }
        current = booked;
        next = 0;
    }

    /** The step on the ingest path: apply the event that came in, then predict the shipment as of its receipt. */
    @Benchmark
    public ArrivalPrediction applyEventThenPredict() {
        MilestoneEvent event = events[next];
        current = EventApplication.apply(current, event).shipment();
        ArrivalPrediction prediction = predictor.predict(current, event.receivedAt());
        advance();
        return prediction;
    }

    /** The prediction alone, on the same shipments as they stand after each event. */
    @Benchmark
    public ArrivalPrediction predictOnly() {
        Instant asOf = events[next].receivedAt();
        ArrivalPrediction prediction = predictor.predict(afterEvent[next], asOf);
        advance();
        return prediction;
    }

    private void advance() {
        next++;
        if (next == events.length) {
            next = 0;
            current = booked;
        }
    }

    /** The same benchmarks, reported as operations per second. */
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public static class PerSecond extends RepredictAfterEventBenchmark {
    }
}

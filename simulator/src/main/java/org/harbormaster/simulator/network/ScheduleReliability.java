package org.harbormaster.simulator.network;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.harbormaster.simulator.engine.LogNormal;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.network.Timetable.Sailing;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * When vessels really leave and arrive. Each arrival of a voyage at a call is on time (within a day of its
 * schedule, Sea-Intelligence's definition) with the carrier's on-time share; otherwise it is late by one day
 * plus a log-normal remainder whose mean makes the mean delay of late arrivals the carrier's figure. Every
 * container on a voyage shares its delay; each call's delay is drawn from its own stream, once.
 */
public final class ScheduleReliability {

    private static final double LATE_SPREAD = 0.75;
    private static final long DAY = 86_400;

    /** A voyage's arrival at one call, with its delay: what the reliability figures count. */
    public record Arrival(String carrier, Instant scheduled, Instant actual) {

        public double delayDays() {
            return Duration.between(scheduled, actual).getSeconds() / (double) DAY;
        }

        public boolean onTime() {
            return Math.abs(delayDays()) <= 1.0;
        }
    }

    private final RandomStreams random;
    private final Timetable timetable;
    private final Scenario scenario;
    private final Map<Long, Arrival> arrivals = new HashMap<>();
    private final Map<Long, Instant> departures = new HashMap<>();

    public ScheduleReliability(RandomStreams random, Timetable timetable, Scenario scenario) {
        this.random = random;
        this.timetable = timetable;
        this.scenario = scenario;
    }

    public Instant departure(Sailing sailing) {
        long key = key(sailing.service(), sailing.voyage(), sailing.fromCall());
        return departures.computeIfAbsent(key, k -> {
            SplittableRandom r = random.stream(RandomStreams.DEPARTURE, k);
            return sailing.departs().plusSeconds((long) RandomStreams.uniform(r, 0, 12 * 3600));
        });
    }

    public Instant arrival(Sailing sailing) {
        long key = key(sailing.service(), sailing.voyage(), sailing.toCall());
        Arrival arrival = arrivals.computeIfAbsent(key, k -> draw(sailing, k));
        Instant earliest = departure(sailing).plus(Duration.ofDays(1));
        return arrival.actual().isBefore(earliest) ? earliest : arrival.actual();
    }

    private Arrival draw(Sailing sailing, long key) {
        Scenario.Service service = timetable.service(sailing.service());
        Scenario.Carrier carrier = scenario.carrier(service.carrier()).orElseThrow();
        SplittableRandom r = random.stream(RandomStreams.VOYAGE, key);
        double delayDays;
        if (r.nextDouble() < carrier.onTimeShare()) {
            delayDays = RandomStreams.uniform(r, -0.5, 1.0);
        } else {
            LogNormal remainder = LogNormal.ofMeanAndSigma(carrier.lateDelayMeanDays() - 1, LATE_SPREAD);
            delayDays = 1 + remainder.sample(r);
        }
        Instant actual = sailing.arrives().plusSeconds(Math.round(delayDays * DAY));
        return new Arrival(carrier.scac(), sailing.arrives(), actual);
    }

    /** Every arrival drawn so far, in a stable order. */
    public List<Arrival> arrivals() {
        return arrivals.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    private static long key(int service, long voyage, int call) {
        return ((long) service << 40) ^ (voyage << 8) ^ call;
    }
}

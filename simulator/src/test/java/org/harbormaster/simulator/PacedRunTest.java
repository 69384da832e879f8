package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** The live demo's pace: an hour a second, on a clock moved by hand. */
class PacedRunTest {

    @Test
    void the_run_keeps_pace_with_the_clock_an_hour_a_second() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
        AtomicInteger booked = new AtomicInteger();
        SimulationRun run = new SimulationRun(ScenarioFile.defaultScenario(), SimulationOptions.of(30, 1),
                new LiveFeed() {
                    @Override
                    public void booked(Shipment shipment) {
                        booked.incrementAndGet();
                    }
                });
        PacedRun paced = new PacedRun(run, clock, 3600);

        assertThat(paced.catchUp()).isEqualTo(run.start());
        clock.move(Duration.ofSeconds(24));
        assertThat(paced.catchUp()).isEqualTo(run.start().plus(Duration.ofDays(1)));
        int afterOneDay = booked.get();
        clock.move(Duration.ofSeconds(24 * 6));

        assertThat(paced.catchUp()).isEqualTo(run.start().plus(Duration.ofDays(7)));
        assertThat(booked.get()).isGreaterThan(afterOneDay);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

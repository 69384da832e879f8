package org.harbormaster.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A run kept in step with a clock, {@code speedup} times faster: for {@code serve --demo}, which calls
 * {@link #catchUp()} every second or so, so that the live system sees a day of the network in
 * {@code 86,400 / speedup} seconds. The clock is passed in (the server's), so a test can move it by hand.
 */
public final class PacedRun {

    private final SimulationRun run;
    private final Clock clock;
    private final double speedup;
    private final Instant startedAt;

    public PacedRun(SimulationRun run, Clock clock, double speedup) {
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("the speed-up must be above 0, not " + speedup);
        }
        this.run = Objects.requireNonNull(run, "run");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.speedup = speedup;
        this.startedAt = clock.instant();
    }

    /** Advances the run to where the clock says it should be; returns the simulated time reached. */
    public Instant catchUp() {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        long simulatedSeconds = (long) Math.floor(elapsed.getSeconds() * speedup + elapsed.getNano() * speedup / 1e9);
        Instant target = run.start().plusSeconds(Math.max(0, simulatedSeconds));
        if (target.isAfter(run.now())) {
            run.advanceTo(target);
        }
        return run.now();
    }

    public SimulationRun run() {
        return run;
    }
}

package org.harbormaster.simulator;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * Runs a scenario as fast as it goes: the customers order for the given days, then the run continues (at
 * most {@link #DRAIN_LIMIT} more) until every shipment they ordered is delivered and its empty returned.
 * Everything is decided by the seed: the same scenario, options and seed give the same KPIs, to the byte.
 */
public final class Simulation {

    /** How long after the last order the run may go on to let shipments finish. */
    static final Duration DRAIN_LIMIT = Duration.ofDays(150);

    private Simulation() {
    }

    public static SimulationReport run(Scenario scenario, SimulationOptions options) {
        long wallStart = System.nanoTime();
        SimulationRun run = new SimulationRun(scenario, options, LiveFeed.NONE);
        for (int day = 1; day <= options.days(); day++) {
            run.advanceTo(run.start().plus(Duration.ofDays(day)));
            options.progress().day(day, options.days());
        }
        Instant drainEnd = run.windowEnd().plus(DRAIN_LIMIT);
        Instant now = run.windowEnd();
        while (now.isBefore(drainEnd) && !run.allOrdersFinished()) {
            now = now.plus(Duration.ofDays(7));
            run.advanceTo(now);
        }
        return run.report((System.nanoTime() - wallStart) / 1_000_000);
    }
}

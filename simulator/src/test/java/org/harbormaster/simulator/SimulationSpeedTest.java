package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** A bounded smoke test of speed; the figures for 10,000 to 200,000 shipments are in docs/PERFORMANCE.md. */
class SimulationSpeedTest {

    private static final System.Logger LOG = System.getLogger(SimulationSpeedTest.class.getName());

    @Test
    void a_quarter_of_the_default_network_runs_well_within_a_minute() {
        long started = System.nanoTime();
        SimulationReport report = Simulation.run(ScenarioFile.defaultScenario(), SimulationOptions.of(90, 1));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        SimulationReport.Performance p = report.performance();
        LOG.log(System.Logger.Level.INFO, "{0} shipments, {1} simulated events in {2} ms: {3} events/s, {4} "
                        + "parsed events/s", p.shipments(), p.simulatedEvents(), p.wallMillis(),
                Math.round(p.simulatedEventsPerSecond()), Math.round(p.parsedEventsPerSecond()));
        assertThat(p.shipments()).isGreaterThan(2_500);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }
}

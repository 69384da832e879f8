package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.simulator.report.ReportJson;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** A seed decides a run: the same seed gives the same JSON report to the byte, another seed another report. */
class SimulationDeterminismTest {

    private static final Scenario SCENARIO = ScenarioFile.defaultScenario();
    private static final int DAYS = 35;

    @Test
    void the_same_seed_gives_a_byte_identical_json_report() {
        byte[] first = ReportJson.bytes(Simulation.run(SCENARIO, SimulationOptions.of(DAYS, 42)));
        byte[] second = ReportJson.bytes(Simulation.run(SCENARIO, SimulationOptions.of(DAYS, 42)));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void another_seed_gives_another_report() {
        byte[] first = ReportJson.bytes(Simulation.run(SCENARIO, SimulationOptions.of(DAYS, 42)));
        byte[] other = ReportJson.bytes(Simulation.run(SCENARIO, SimulationOptions.of(DAYS, 43)));

        assertThat(other).isNotEqualTo(first);
    }
}

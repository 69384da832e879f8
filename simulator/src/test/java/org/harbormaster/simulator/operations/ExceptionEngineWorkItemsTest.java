package org.harbormaster.simulator.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.simulator.Simulation;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** The operators working the cases of Harbormaster's own exception engine instead of the simulator's rules. */
class ExceptionEngineWorkItemsTest {

    private static SimulationReport run(String policy) {
        return Simulation.run(ScenarioFile.defaultScenario(), SimulationOptions.of(45, 11).withPolicy(policy));
    }

    @Test
    void the_exception_engine_raises_the_work_the_operators_do_and_changes_what_it_costs() {
        SimulationReport engine = run("exception-engine");
        SimulationReport observed = run("baseline");

        assertThat(engine.value("run.policy")).isEqualTo("exception-engine");
        assertThat(engine.number("operations.workItemsByKind.LAST_FREE_DAY_APPROACHING"))
                .as("demurrage at risk, raised by the engine's free-time rule").isPositive();
        assertThat(engine.number("operations.handled")).isPositive();
        assertThat(engine.number("operations.workItemsRaised"))
                .isNotEqualTo(observed.number("operations.workItemsRaised"));
    }

    @Test
    void a_run_with_the_engine_is_as_deterministic_as_any() {
        assertThat(run("exception-engine").kpis()).isEqualTo(run("exception-engine").kpis());
    }
}

package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/**
 * Los Angeles congested through February: two days more in the yard, half the pickup appointments. Containers
 * stay longer; where nobody expedites before the last free day, demurrage follows.
 */
class TerminalCongestionTest {

    @Test
    void a_congested_terminal_keeps_containers_longer_and_bills_more_demurrage_unless_someone_expedites()
            throws IOException {
        String yaml = defaultYaml().replace("appointmentsPerDay: 140    # ASSUMPTION: slots this forwarder gets",
                "appointmentsPerDay: 140\n    congestion:\n      - {from: 2026-01-01, to: 2026-02-28, "
                        + "extraDwellDays: 2.0, appointmentsShare: 0.5}");
        Scenario congested = ScenarioFile.read(yaml, "congested.yaml");
        assertThat(congested.terminal("USLAX").orElseThrow().congestion()).hasSize(1);

        SimulationOptions nobodyExpedites = SimulationOptions.of(30, 4).withPolicy("no-expediting");
        SimulationReport normal = Simulation.run(ScenarioFile.defaultScenario(), nobodyExpedites);
        SimulationReport jammed = Simulation.run(congested, nobodyExpedites);
        SimulationReport jammedButExpedited = Simulation.run(congested, SimulationOptions.of(30, 4));

        assertThat(jammed.number("run.shipments")).isEqualTo(normal.number("run.shipments"));
        assertThat(jammed.number("truth.dwell.truck.meanDays"))
                .isGreaterThan(normal.number("truth.dwell.truck.meanDays") + 0.5);
        assertThat(jammed.number("truth.costs.demurrageUsd"))
                .isGreaterThan(1.5 * normal.number("truth.costs.demurrageUsd"));
        assertThat(jammedButExpedited.number("truth.costs.demurrageUsd"))
                .isLessThan(jammed.number("truth.costs.demurrageUsd") / 2);
    }

    private static String defaultYaml() throws IOException {
        try (InputStream in = ScenarioFile.class.getResourceAsStream(ScenarioFile.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.harbormaster.simulator;

import java.nio.charset.StandardCharsets;
import org.harbormaster.simulator.report.ReportJson;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

class SimSmokeRun {

    @Test
    void run() {
        int days = Integer.getInteger("sim.days", 60);
        double scale = Double.parseDouble(System.getProperty("sim.scale", "1"));
        SimulationReport report = Simulation.run(ScenarioFile.defaultScenario().withVolumeScaledBy(scale),
                SimulationOptions.of(days, 1).withPolicy(System.getProperty("sim.policy")));
        System.out.println(new String(ReportJson.bytes(report), StandardCharsets.UTF_8));
        System.out.println(report.performance() + " events/s " + report.performance().simulatedEventsPerSecond());
    }
}

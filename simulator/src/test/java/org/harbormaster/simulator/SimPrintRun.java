package org.harbormaster.simulator;

import java.nio.file.Path;
import java.util.List;
import org.harbormaster.simulator.report.PolicyComparison;
import org.harbormaster.simulator.report.ReportFiles;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

class SimPrintRun {

    @Test
    void run() {
        var scenario = ScenarioFile.defaultScenario();
        for (String other : List.of("reliable-truckers")) {
            ReportFiles.write(PolicyComparison.compare(scenario, "baseline", other, 90, List.of(1L, 2L, 3L, 4L, 5L),
                    SimulationOptions.Progress.NONE), Path.of("/tmp/sim-compare-" + other));
        }
    }
}

package org.harbormaster.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harbormaster.simulator.Simulation;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files: the JSON report, the HTML page with its charts, and the machine's speed figures apart. */
class ReportFilesTest {

    @Test
    void a_run_writes_its_json_report_its_page_and_its_speed_apart(@TempDir Path out) throws IOException {
        SimulationReport report = Simulation.run(ScenarioFile.defaultScenario(), SimulationOptions.of(14, 3));

        ReportFiles.write(report, out);

        String json = Files.readString(out.resolve(ReportFiles.JSON));
        assertThat(json).contains("\"scheduleReliability\"", "\"byTrucker\"", "\"parseFailures\"")
                .doesNotContain("wallMillis", "PerSecond");
        assertThat(Files.readString(out.resolve(ReportFiles.PERFORMANCE))).contains("simulatedEventsPerSecond");
        String html = Files.readString(out.resolve(ReportFiles.HTML));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("What happened, and what Harbormaster saw",
                "Trucker scorecards", "<svg", "simulated events/s").doesNotContain("<script");
    }
}

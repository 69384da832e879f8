package org.harbormaster.server.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.harbormaster.server.CommandLineRun;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real container milestones of shared/data/replay (read in place, never copied), ingested as a user would,
 * made into tracking-only shipments, learned from, and backtested: the judged figures of predicted arrivals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayBacktestCommandTest {

    private static final Path REPLAY = Path.of("../../shared/data/replay/container_milestones_sample.csv");

    private final Path dataDirectory = TemporaryDataDirectory.create();
    private final CommandLineRun cli = new CommandLineRun();

    @AfterAll
    void cleanUp() {
        ServerProcess.stopPostgresLeftIn(dataDirectory);
        TemporaryDataDirectory.delete(dataDirectory);
    }

    @Test
    @Order(1)
    void the_tracking_export_is_ingested_as_it_is_and_makes_tracking_only_shipments() {
        int exit = cli.run("ingest", "--format", "csv", "--sender", "tracking-service", "--json", "--data-dir", dir(),
                REPLAY.toString());

        JsonNode summary = json();
        assertThat(exit).as("rows with blank times or unknown places quarantine the file, which is kept").isEqualTo(1);
        assertThat(summary.path("quarantined").asInt()).isEqualTo(1);
        assertThat(summary.path("applied").asInt()).as(cli.out()).isGreaterThan(600);
        assertThat(summary.path("unmatched").asInt()).as("trips that show no voyage wait").isLessThan(200);
    }

    @Test
    @Order(2)
    void a_second_ingest_of_the_same_export_changes_nothing() {
        cli.run("ingest", "--format", "csv", "--sender", "tracking-service", "--json", "--data-dir", dir(),
                REPLAY.toString());

        assertThat(json().path("duplicateMessages").asInt()).isEqualTo(1);
        assertThat(json().path("applied").asInt()).isZero();
    }

    @Test
    @Order(3)
    void the_model_is_rebuilt_as_a_new_version_from_the_legs_that_ended() {
        assertThat(cli.run("predictions", "rebuild", "--json", "--data-dir", dir())).as(cli.err()).isZero();
        JsonNode first = json();
        assertThat(cli.run("predictions", "rebuild", "--json", "--data-dir", dir())).isZero();
        JsonNode second = json();

        assertThat(first.path("shipments").asInt()).isGreaterThan(30);
        assertThat(first.path("observations").asInt()).isGreaterThan(50);
        assertThat(second.path("version").asLong()).isEqualTo(first.path("version").asLong() + 1);
        assertThat(second.path("observations").asInt()).isEqualTo(first.path("observations").asInt());
    }

    @Test
    @Order(4)
    void the_backtest_beats_the_carriers_estimate_or_plan_at_a_week_before_arrival() {
        assertThat(cli.run("backtest", "--cutoff-days", "7", "--json", "--data-dir", dir())).as(cli.err()).isZero();

        JsonNode report = json();
        assertThat(report.path("scored").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(report.path("cases").size()).isEqualTo(report.path("scored").asInt());
        double ours = report.path("predicted").path("medianAbsoluteErrorDays").asDouble();
        double baseline = report.path("baseline").path("medianAbsoluteErrorDays").asDouble();
        assertThat(ours).as(cli.out()).isLessThan(baseline);
        assertThat(report.path("predicted").path("p90Coverage").asDouble()).isGreaterThanOrEqualTo(0.8);
        for (JsonNode c : report.path("cases")) {
            assertThat(c.path("p90").asString()).isGreaterThanOrEqualTo(c.path("p50").asString());
            assertThat(c.path("cutoff").asString()).isLessThan(c.path("actual").asString());
        }
    }

    @Test
    @Order(5)
    void the_backtest_refuses_a_cut_off_that_is_not_a_positive_number_of_days() {
        assertThat(cli.run("backtest", "--cutoff-days", "0", "--data-dir", dir())).isEqualTo(2);
        assertThat(cli.err()).contains("--cutoff-days");
    }

    private String dir() {
        return dataDirectory.toString();
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(cli.out());
    }
}

package org.harbormaster.server.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.harbormaster.server.CommandLineRun;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster kpi} over the real container milestones of shared/data/replay, ingested as a user would:
 * the same figures as a table, as CSV and as JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiCommandTest {

    private static final Path REPLAY = Path.of("../../shared/data/replay/container_milestones_sample.csv");

    private final Path dataDirectory = TemporaryDataDirectory.create();
    private final CommandLineRun cli = new CommandLineRun();

    @BeforeAll
    void ingestTheTrackingExport() {
        cli.run("ingest", "--format", "csv", "--sender", "tracking-service", "--json", "--data-dir", dir(),
                REPLAY.toString());
        assertThat(cli.out()).contains("\"applied\"");
    }

    @AfterAll
    void cleanUp() {
        ServerProcess.stopPostgresLeftIn(dataDirectory);
        TemporaryDataDirectory.delete(dataDirectory);
    }

    @Test
    void json_gives_each_kpi_with_its_groups_and_a_total_that_sums_them() {
        assertThat(cli.run("kpi", "--kpi", "milestone-timeliness,unmatched-events", "--by", "source", "--json",
                "--data-dir", dir())).as(cli.err()).isZero();

        JsonNode body = json();
        assertThat(body.path("by").get(0).asString()).isEqualTo("source");
        JsonNode timeliness = body.path("kpis").get(0);
        assertThat(timeliness.path("kpi").asString()).isEqualTo("milestone-timeliness");
        JsonNode group = timeliness.path("groups").get(0);
        assertThat(group.path("key").path("source").asString()).isEqualTo("CSV/tracking-service");
        assertThat(group.path("denominator").asInt()).as(cli.out()).isGreaterThan(100);
        assertThat(group.path("denominator").asInt()).isEqualTo(timeliness.path("total").path("denominator").asInt());
        assertThat(group.path("value").asDouble()).isBetween(0.0, 1.0);
        JsonNode unmatched = body.path("kpis").get(1).path("total");
        assertThat(unmatched.path("numerator").asInt()).as("trips that show no voyage wait").isPositive();
        assertThat(unmatched.path("numerator").asInt()).isLessThan(unmatched.path("denominator").asInt());
    }

    @Test
    void csv_has_a_row_per_kpi_and_group_with_the_same_figures_as_json() {
        cli.run("kpi", "--kpi", "on-time-arrival", "--by", "lane", "--json", "--data-dir", dir());
        JsonNode groups = json().path("kpis").get(0).path("groups");

        assertThat(cli.run("kpi", "--kpi", "on-time-arrival", "--by", "lane", "--format", "csv", "--data-dir", dir()))
                .as(cli.err()).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kpi,lane,value,numerator,denominator,facts,median,p90,unit");
        assertThat(lines).hasSize(groups.size() + 1);
        assertThat(groups.size()).isPositive();
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[0]).isEqualTo("on-time-arrival");
        assertThat(first[1]).isEqualTo(groups.get(0).path("key").path("lane").asString());
        assertThat(first[4]).isEqualTo(groups.get(0).path("denominator").asString());
    }

    @Test
    void the_table_names_each_kpi_and_ends_a_grouped_one_with_the_total() {
        assertThat(cli.run("kpi", "--kpi", "reporting-delay,time-to-acknowledge", "--by", "period", "--period", "week",
                "--data-dir", dir())).as(cli.err()).isZero();

        String out = cli.out();
        assertThat(out).contains("reporting-delay: median").contains("(total)");
        assertThat(out).containsPattern("\\d{4}-W\\d{2}");
        assertThat(out).contains("time-to-acknowledge:").contains("no facts in this window");
    }

    @Test
    void a_wrong_option_value_is_a_usage_error_naming_the_option() {
        assertThat(cli.run("kpi", "--by", "planet", "--data-dir", dir())).isEqualTo(2);
        assertThat(cli.err()).contains("--by 'planet' is not one of");
        assertThat(cli.run("kpi", "--reported-within-hours", "-1", "--data-dir", dir())).isEqualTo(2);
        assertThat(cli.err()).contains("--reported-within-hours");
    }

    private String dir() {
        return dataDirectory.toString();
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(cli.out());
    }
}

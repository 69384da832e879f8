package org.harbormaster.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harbormaster.server.CommandLineRun;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster simulate} as a user types it: the default scenario, a report, a comparison. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulateCommandTest {

    private final Path directory = TemporaryDataDirectory.create();
    private final CommandLineRun cli = new CommandLineRun();

    @AfterAll
    void cleanUp() {
        TemporaryDataDirectory.delete(directory);
    }

    @Test
    void a_run_of_the_default_scenario_writes_the_same_json_report_for_the_same_seed() throws Exception {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");

        assertThat(cli.run("simulate", "--days", "20", "--seed", "7", "--out", first.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("20 days, seed 7");
        assertThat(cli.err()).contains("100%");
        assertThat(cli.run("simulate", "--days", "20", "--seed", "7", "--out", second.toString())).isZero();

        byte[] report = Files.readAllBytes(first.resolve("report.json"));
        assertThat(report).isEqualTo(Files.readAllBytes(second.resolve("report.json")));
        assertThat(Files.readString(first.resolve("report.html"))).contains("<svg");
        JsonNode json = JsonMapper.builder().build().readTree(report);
        assertThat(json.isObject()).isTrue();
        assertThat(json.size()).isGreaterThan(3);
    }

    @Test
    void two_policies_are_compared_over_seeds_with_confidence_intervals() throws Exception {
        Path out = directory.resolve("compare");

        int exit = cli.run("simulate", "--days", "10", "--seed", "3", "--compare", "reliable-truckers", "--seeds", "2",
                "--out", out.toString());

        assertThat(exit).as(cli.err() + cli.out()).isZero();
        String comparison = Files.readString(out.resolve("comparison.json"));
        assertThat(comparison).contains("reliable-truckers").containsIgnoringCase("interval");
        assertThat(out.resolve("comparison.html")).exists();
    }

    @Test
    void a_bad_scenario_file_names_the_field_and_a_bad_option_is_refused() throws Exception {
        Path bad = directory.resolve("bad.yaml");
        Files.writeString(bad, "name: broken\nstart: 2026-01-01\ncarriers:\n  - code: MAEU\n    onTimeShare: 1.55\n");

        assertThat(cli.run("simulate", "--scenario", bad.toString(), "--days", "5", "--out",
                directory.resolve("x").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is not a valid scenario");
        assertThat(cli.run("simulate", "--days", "0", "--out", directory.resolve("y").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--days");
    }
}

package org.harbormaster.server.cli;

import org.harbormaster.server.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.harbormaster.formats.csv.SampleShipmentFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster import shipments} against its own embedded PostgreSQL, as a user would run it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportShipmentsCommandTest {

    private final Path dataDirectory = TemporaryDataDirectory.create();
    private final CommandLineRun cli = new CommandLineRun();

    @AfterAll
    void cleanUp() {
        ServerProcess.stopPostgresLeftIn(dataDirectory);
        TemporaryDataDirectory.delete(dataDirectory);
    }


    private Path file(String name, String content) throws Exception {
        Path file = dataDirectory.resolve(name);
        Files.createDirectories(dataDirectory);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_names_the_row_and_column() throws Exception {
        Path csv = file("bad.csv", SampleShipmentFile.csv("CLI-BAD", 20, 11));

        int exit = cli.run("import", "shipments", csv.toString(), "--data-dir", dataDirectory.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).contains("row 11, containers").contains("check digit")
                .contains("nothing imported");
    }

    @Test
    void a_clean_file_imports_and_reports_as_json() throws Exception {
        Path csv = file("good.csv", SampleShipmentFile.csv("CLI-OK", 25, 0));

        int dryRun = cli.run("import", "shipments", csv.toString(), "--dry-run", "--json", "--data-dir",
                dataDirectory.toString());
        JsonNode dry = JsonMapper.builder().build().readTree(cli.out());
        int exit = cli.run("import", "shipments", csv.toString(), "--json", "--data-dir", dataDirectory.toString());
        JsonNode report = JsonMapper.builder().build().readTree(cli.out());

        assertThat(dryRun).isZero();
        assertThat(dry.path("imported").asInt()).isZero();
        assertThat(exit).as(cli.err()).isZero();
        assertThat(report.path("rowsRead").asInt()).isEqualTo(25);
        assertThat(report.path("imported").asInt()).isEqualTo(25);
        assertThat(report.path("problems").size()).isZero();
        assertThat(cli.out()).as("stdout is only the JSON report").startsWith("{").doesNotContain("INFO");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        assertThat(cli.run("import", "shipments", dataDirectory.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read");
    }
}

package org.harbormaster.server.inbox;

import org.harbormaster.server.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.harbormaster.formats.csv.SampleShipmentFile;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster ingest} of DCSA files against its own embedded PostgreSQL, as a user would run it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestCommandTest {

    private static final String PREFIX = "INGEST";

    private final Path dataDirectory = TemporaryDataDirectory.create();
    private final CommandLineRun cli = new CommandLineRun();

    @AfterAll
    void cleanUp() {
        ServerProcess.stopPostgresLeftIn(dataDirectory);
        TemporaryDataDirectory.delete(dataDirectory);
    }

    @Test
    void files_are_ingested_once_with_a_summary_and_a_failing_exit_code_when_one_is_quarantined() throws Exception {
        String box0 = container(0);
        String box1 = container(1);
        Path early = file("early.json", InboxTestSupport.message(InboxTestSupport.event("I0", "LOADED", "ACTUAL",
                "2026-11-20T05:00:00Z", "CNYTN", null, PREFIX + "BK0")));

        int first = cli.run("ingest", "--format", "dcsa", "--sender", "MAEU", "--json", "--data-dir", dir(), early.toString());
        JsonNode before = json();

        assertThat(first).as(cli.err()).isZero();
        assertThat(before.path("received").asInt()).isEqualTo(1);
        assertThat(before.path("unmatched").asInt()).isEqualTo(1);

        Path shipments = file("shipments.csv", SampleShipmentFile.csv(PREFIX, 3, 0));
        assertThat(cli.run("import", "shipments", shipments.toString(), "--data-dir", dir())).as(cli.out()).isZero();
        assertThat(loadedActualOf(PREFIX + "-0")).as("the waiting event, applied by the import")
                .isEqualTo("2026-11-20 05:00:00+00");

        Path good = file("good.json", InboxTestSupport.message(
                InboxTestSupport.event("I1", "DEPARTED", "ACTUAL", "2026-11-21T05:00:00Z", "CNYTN", box1, null),
                InboxTestSupport.event("I0", "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", null, PREFIX + "BK0")));
        String wrong = box0.substring(0, 10) + ((box0.charAt(10) - '0' + 1) % 10);
        Path bad = file("bad.json", InboxTestSupport.message(
                InboxTestSupport.event("I2", "DISCHARGED", "ACTUAL", "2026-11-21T06:00:00Z", "USLGB", wrong, null)));

        int exit = cli.run("ingest", "--format", "dcsa", "--sender", "MAEU", "--json", "--data-dir", dir(),
                good.toString(), bad.toString(), good.toString());
        JsonNode summary = json();

        assertThat(exit).isEqualTo(1);
        assertThat(summary.path("received").asInt()).isEqualTo(2);
        assertThat(summary.path("duplicateMessages").asInt()).isEqualTo(1);
        assertThat(summary.path("events").asInt()).isEqualTo(3);
        assertThat(summary.path("unmatched").asInt()).as("kept without its container").isEqualTo(1);
        assertThat(summary.path("applied").asInt()).isEqualTo(1);
        assertThat(summary.path("duplicateEvents").asInt()).isEqualTo(1);
        assertThat(summary.path("quarantined").asInt()).isEqualTo(1);
        JsonNode quarantined = summary.path("messages").get(1);
        assertThat(quarantined.path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(quarantined.path("failures").get(0).path("where").asString()).isEqualTo("$[0].equipmentReference");
        assertThat(quarantined.path("failures").get(0).path("reason").asString()).contains("check digit");

        int again = cli.run("ingest", "--format", "dcsa", "--sender", "MAEU", "--data-dir", dir(), bad.toString());

        assertThat(again).as("still quarantined").isEqualTo(1);
        assertThat(cli.out()).contains("QUARANTINED (delivered before, nothing done)")
                .contains("$[0].equipmentReference: ").contains("check digit")
                .contains("1 files: 0 received, 1 duplicates");
    }

    @Test
    void an_unknown_format_is_a_usage_error() throws Exception {
        Path any = file("any.edi", "UNA:+.? '");

        assertThat(cli.run("ingest", "--format", "edifice", "--data-dir", dir(), any.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--format");
    }

    private String loadedActualOf(String reference) {
        Map<String, Object> properties = EmbeddedDatabaseTestSupport.propertiesFor(dataDirectory);
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(properties)) {
            return context.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT m.actual::text FROM milestone m JOIN shipment s ON s.id = m.shipment_id
                    WHERE s.reference = ? AND m.type = 'LOADED'""", String.class, reference);
        }
    }

    private static String container(int row) {
        String firstTen = "HMCU" + String.format("%06d", row);
        return firstTen + ContainerNumber.checkDigit(firstTen);
    }

    private String dir() {
        return dataDirectory.toString();
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(cli.out());
    }


    private Path file(String name, String content) throws Exception {
        Path file = dataDirectory.resolve(name);
        Files.createDirectories(dataDirectory);
        Files.writeString(file, content);
        return file;
    }
}

package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class DataQualityFindingsTest extends InboxTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_kind_of_finding_is_stored_and_counted_per_source_with_the_timeliness_of_its_actuals() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String container = freshContainer();
        String reference = freshReference("DQ");
        String sender = freshReference("CARRIER");
        book(reference, container);
        String wrongCheckDigit = container.substring(0, 10) + ((container.charAt(10) - '0' + 1) % 10);
        deliverAs(sender, message(
                event("DQ1-" + reference, "LOADED", "ACTUAL", at(now, Duration.ofHours(-3)), "CNYTN", container, null)));
        ApiClient.Reply reply = deliverAs(sender, message(
                event("DQ2-" + reference, "DISCHARGED", "ACTUAL", at(now, Duration.ofHours(-48)), "USLGB", container, null),
                event("DQ3-" + reference, "NONE", "ESTIMATED", at(now, Duration.ofDays(3)), "USLGB", container, null),
                event("DQ4-" + reference, "LOADED", "ACTUAL", at(now, Duration.ofHours(-5)), "KRPUS", container, null),
                event("DQ5-" + reference, "ARRIVED", "ESTIMATED", at(now, Duration.ofDays(9)), "USLGB", freshContainer(), null),
                event("DQ6-" + reference, "ARRIVED", "ESTIMATED", at(now, Duration.ofDays(9)), "USLGB", wrongCheckDigit,
                        "BK-" + reference)));

        assertThat(reply.json().path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(codesOf(keyOf("DQ1-" + reference))).isEmpty();
        assertThat(codesOf(keyOf("DQ2-" + reference))).containsExactly("IMPOSSIBLE_SEQUENCE");
        assertThat(codesOf(keyOf("DQ3-" + reference))).containsExactly("UNKNOWN_CODE");
        assertThat(codesOf(keyOf("DQ4-" + reference))).containsExactly("LOCATION_CONTRADICTS_PLAN");
        assertThat(codesOf(keyOf("DQ5-" + reference))).containsExactly("UNMATCHED");
        assertThat(codesOf(keyOf("DQ6-" + reference))).as("matched by its booking").isEmpty();

        long timeliness = jdbc.sql("SELECT timeliness_seconds FROM milestone_event WHERE event_key = ?")
                .param(keyOf("DQ1-" + reference)).query(Long.class).single();
        assertThat(timeliness).isBetween(3 * 3600L, 3 * 3600L + 60);

        JsonNode source = sourceIn(admin().get("/api/v1/data-quality?since=" + now.minus(Duration.ofMinutes(5))).json(),
                "dcsa", sender);
        assertThat(source.path("events").asLong()).isEqualTo(6);
        assertThat(source.path("quarantinedMessages").asLong()).isEqualTo(1);
        JsonNode findings = source.path("findings");
        for (String code : List.of("IMPOSSIBLE_SEQUENCE", "UNKNOWN_CODE", "LOCATION_CONTRADICTS_PLAN", "UNMATCHED",
                "BAD_CHECK_DIGIT")) {
            assertThat(findings.path(code).asLong()).as(code).isEqualTo(1);
        }
        JsonNode timely = source.path("timeliness");
        assertThat(timely.path("actualEvents").asLong()).isEqualTo(3);
        assertThat(timely.path("medianSeconds").asDouble()).isBetween(5 * 3600.0, 5 * 3600.0 + 60);
        assertThat(timely.path("shareWithin24Hours").asDouble()).isEqualTo(0.6667);
    }

    @Test
    void an_actual_in_the_future_is_a_finding_against_its_source() {
        // The DCSA parser refuses such an event itself (a failure of the message); the test format lets it in.
        String container = freshContainer();
        String reference = freshReference("FUTURE");
        String sender = freshReference("TRUCKER");
        book(reference, container);
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        admin().header("X-Sender", sender).postRaw("/api/v1/inbound/api", testMessage(
                testEvent("F1-" + reference, "DEPARTED", "ACTUAL", later.toString(), "CNYTN", container)));

        assertThat(codesOf("test:F1-" + reference)).containsExactly("ACTUAL_IN_FUTURE");
        JsonNode source = sourceIn(admin().get("/api/v1/data-quality").json(), "api", sender);
        assertThat(source.path("findings").path("ACTUAL_IN_FUTURE").asLong()).isEqualTo(1);
    }

    @Test
    void a_shipment_s_history_lists_every_event_newest_first_with_its_source_and_findings() {
        String container = freshContainer();
        String reference = freshReference("HIST");
        book(reference, container);
        long first = deliver(message(
                event("H1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null))).json()
                .path("messageId").asLong();
        deliver(message(
                event("H2-" + reference, "ARRIVED", "ESTIMATED", "2026-12-17T05:00:00Z", "USLGB", container, null),
                event("H3-" + reference, "DISCHARGED", "ACTUAL", "2026-11-18T05:00:00Z", "USLGB", container, null)));

        JsonNode history = admin().get("/api/v1/shipments/" + reference + "/events").json();

        List<String> keys = new ArrayList<>();
        history.path("events").forEach(e -> keys.add(e.path("eventKey").asString()));
        assertThat(keys).containsExactly(keyOf("H2-" + reference), keyOf("H1-" + reference), keyOf("H3-" + reference));
        JsonNode loaded = history.path("events").get(1);
        assertThat(loaded.path("source").path("format").asString()).isEqualTo("dcsa");
        assertThat(loaded.path("source").path("sender").asString()).isEqualTo("TESTCARRIER");
        assertThat(loaded.path("source").path("messageId").asLong()).isEqualTo(first);
        assertThat(loaded.path("milestoneKey").asString()).isEqualTo("LOADED@CNYTN");
        assertThat(loaded.path("eventTime").path("local").asString()).isEqualTo("2026-11-20T13:00:00+08:00");
        JsonNode discharged = history.path("events").get(2);
        assertThat(discharged.path("findings").get(0).path("code").asString()).isEqualTo("IMPOSSIBLE_SEQUENCE");
        assertThat(admin().get("/api/v1/shipments/NO-SUCH-SHIPMENT/events").status()).isEqualTo(404);
    }

    private static String at(Instant now, Duration offset) {
        return now.plus(offset).toString();
    }

    private List<String> codesOf(String key) {
        return jdbc.sql("SELECT code FROM data_quality_finding WHERE event_key = ? ORDER BY code").param(key)
                .query(String.class).list();
    }

    private ApiClient.Reply deliverAs(String sender, String body) {
        return admin().header("X-Sender", sender).postRaw("/api/v1/inbound/dcsa", body);
    }

    private static JsonNode sourceIn(JsonNode report, String format, String sender) {
        for (JsonNode source : report.path("sources")) {
            if (source.path("format").asString().equals(format) && source.path("sender").asString().equals(sender)) {
                return source;
            }
        }
        throw new AssertionError("no source " + sender + " in " + report);
    }
}

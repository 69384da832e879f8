package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class InboxDuplicatesTest extends InboxTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_same_message_delivered_twice_is_recognised_and_applied_once() {
        String container = freshContainer();
        String reference = freshReference("DUP");
        book(reference, container);
        String body = message(event("D1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null));

        ApiClient.Reply first = deliver(body);
        long versionAfterFirst = shipment(reference).path("version").asLong();
        ApiClient.Reply second = deliver(body);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("duplicate").asBoolean()).isTrue();
        assertThat(second.json().path("messageId").asLong()).isEqualTo(first.json().path("messageId").asLong());
        assertThat(second.json().path("status").asString()).isEqualTo("PROCESSED");
        assertThat(count("SELECT count(*) FROM inbox_message WHERE sha256 = ?", first.json().path("sha256").asString()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_application WHERE event_key = ?", keyOf("D1-" + reference)))
                .isEqualTo(1);
        assertThat(shipment(reference).path("version").asLong()).isEqualTo(versionAfterFirst);
    }

    @Test
    void the_same_event_inside_another_message_has_no_second_effect() {
        String container = freshContainer();
        String reference = freshReference("DUPEV");
        book(reference, container);
        String loaded = event("E1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null);
        String departed = event("E2-" + reference, "DEPARTED", "ACTUAL", "2026-11-20T07:00:00Z", "CNYTN", container, null);

        JsonNode first = deliver(message(loaded)).json();
        long versionAfterFirst = shipment(reference).path("version").asLong();
        ApiClient.Reply second = deliver(message(departed, loaded));

        assertThat(first.path("events").path("applied").asInt()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(202);
        JsonNode counts = second.json().path("events");
        assertThat(counts.path("read").asInt()).isEqualTo(2);
        assertThat(counts.path("duplicates").asInt()).isEqualTo(1);
        assertThat(counts.path("applied").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM milestone_event WHERE event_key = ?", keyOf("E1-" + reference))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_application WHERE event_key = ?", keyOf("E1-" + reference)))
                .isEqualTo(1);
        JsonNode shipment = shipment(reference);
        assertThat(shipment.path("version").asLong()).isEqualTo(versionAfterFirst + 1);
        assertThat(actualOf(shipment, "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
        assertThat(actualOf(shipment, "DEPARTED@CNYTN")).isEqualTo("2026-11-20T07:00:00Z");
    }

    @Test
    void a_correction_reported_later_wins_and_an_older_report_arriving_after_it_does_not() {
        String container = freshContainer();
        String reference = freshReference("CORR");
        book(reference, container);
        Instant firstReport = Instant.parse("2026-11-10T00:00:00Z");
        String original = event("C1-" + reference, "ARRIVED", "ESTIMATED", "2026-12-16T14:00:00Z", "USLGB", container,
                null, firstReport);
        String correction = event("C2-" + reference, "ARRIVED", "ESTIMATED", "2026-12-18T10:00:00Z", "USLGB",
                container, null, firstReport.plus(Duration.ofDays(3)));

        deliver(message(correction));
        deliver(message(original));

        JsonNode arrived = milestone(shipment(reference), "ARRIVED@USLGB");
        assertThat(arrived.path("estimated").path("utc").asString()).isEqualTo("2026-12-18T10:00:00Z");
        assertThat(count("SELECT count(*) FROM event_application WHERE event_key = ? AND outcome = 'SUPERSEDED'",
                keyOf("C1-" + reference))).isEqualTo(1);
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }
}

package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class UnmatchedEventsTest extends InboxTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_event_for_a_shipment_not_yet_booked_waits_and_is_applied_when_it_is_booked() {
        String container = freshContainer();
        String reference = freshReference("EARLY");

        ApiClient.Reply reply = deliver(message(
                event("U1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null)));

        assertThat(reply.json().path("status").asString()).isEqualTo("PROCESSED");
        assertThat(reply.json().path("events").path("unmatched").asInt()).isEqualTo(1);
        assertThat(waiting(keyOf("U1-" + reference))).isTrue();
        assertThat(findings(keyOf("U1-" + reference))).contains("UNMATCHED");

        JsonNode booked = book(reference, container);

        assertThat(actualOf(booked, "LOADED@CNYTN")).as("the booking answer already shows it")
                .isEqualTo("2026-11-20T05:00:00Z");
        assertThat(actualOf(shipment(reference), "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
        assertThat(waiting(keyOf("U1-" + reference))).isFalse();
        JsonNode history = admin().get("/api/v1/shipments/" + reference + "/events").json();
        assertThat(history.path("events").get(0).path("eventKey").asString()).isEqualTo(keyOf("U1-" + reference));
        assertThat(history.path("events").get(0).path("outcome").asString()).isEqualTo("APPLIED");
    }

    @Test
    void an_event_naming_only_a_booking_number_finds_the_shipment_by_it() {
        String reference = freshReference("BYREF");
        book(reference, freshContainer());

        ApiClient.Reply reply = deliver(message(
                event("B1-" + reference, "DEPARTED", "ESTIMATED", "2026-12-02T06:00:00Z", "CNYTN", null, "BK-" + reference)));

        assertThat(reply.json().path("events").path("applied").asInt()).isEqualTo(1);
        assertThat(milestone(shipment(reference), "DEPARTED@CNYTN").path("estimated").path("utc").asString())
                .isEqualTo("2026-12-02T06:00:00Z");
    }

    @Test
    void a_reused_container_goes_to_the_shipment_whose_booking_the_event_names() {
        String container = freshContainer();
        String older = freshReference("REUSE-A");
        String newer = freshReference("REUSE-B");
        book(older, container);
        book(newer, container);

        deliver(message(event("RU1-" + newer, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container,
                "BK-" + newer)));

        assertThat(actualOf(shipment(newer), "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
        assertThat(actualOf(shipment(older), "LOADED@CNYTN")).isNull();
    }

    private boolean waiting(String key) {
        return jdbc.sql("SELECT waiting FROM milestone_event WHERE event_key = ?").param(key).query(Boolean.class).single();
    }

    private java.util.List<String> findings(String key) {
        return jdbc.sql("SELECT code FROM data_quality_finding WHERE event_key = ? ORDER BY code").param(key)
                .query(String.class).list();
    }
}

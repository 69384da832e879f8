package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class InboxReceiptTest extends InboxTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_message_of_any_content_type_is_taken_as_it_is_and_the_sender_defaults_to_the_user() {
        String body = message(event("R2-" + freshReference("ANY"), "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN",
                freshContainer(), null));

        ApiClient.Reply reply = admin().header("Content-Type", "application/octet-stream")
                .postRaw("/api/v1/inbound/dcsa", body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().path("sender").asString()).isEqualTo("admin");
        assertThat(reply.json().path("events").path("unmatched").asInt()).isEqualTo(1);
    }

    @Test
    void a_delivered_message_is_stored_raw_with_its_hash_then_applied_to_the_shipment() {
        String container = freshContainer();
        String reference = freshReference("RCPT");
        book(reference, container);
        String body = message(event("R1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null));

        ApiClient.Reply reply = admin().header("X-Sender", "TESTCARRIER").header("Content-Type", "application/json")
                .postRaw("/api/v1/inbound/dcsa", body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode receipt = reply.json();
        assertThat(receipt.path("duplicate").asBoolean()).isFalse();
        assertThat(receipt.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(receipt.path("sha256").asString()).isEqualTo(Inbox.sha256(body.getBytes()));
        assertThat(receipt.path("events").path("applied").asInt()).isEqualTo(1);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/inbound/messages/" + receipt.path("messageId").asLong());
        byte[] stored = jdbc.sql("SELECT content FROM inbox_message WHERE id = ?")
                .param(receipt.path("messageId").asLong()).query(byte[].class).single();
        assertThat(new String(stored)).isEqualTo(body);
        assertThat(receipt.path("sender").asString()).isEqualTo("TESTCARRIER");
        JsonNode shipment = shipment(reference);
        assertThat(actualOf(shipment, "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
    }
}

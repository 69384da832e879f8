package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuarantineAndReplayTest extends InboxTestSupport {

    @Test
    void a_bad_check_digit_quarantines_the_message_with_the_place_and_reason_and_a_replay_after_the_fix_applies_it() {
        String container = freshContainer();
        String reference = freshReference("QUAR");
        book(reference, container);
        String good = event("Q1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null);
        String wrongCheckDigit = container.substring(0, 10) + ((container.charAt(10) - '0' + 1) % 10);
        String bad = event("Q2-" + reference, "DEPARTED", "ACTUAL", "2026-11-20T07:00:00Z", "CNYTN", wrongCheckDigit, null);

        ApiClient.Reply reply = deliver(message(good, bad));

        assertThat(reply.status()).as("never a 500").isEqualTo(202);
        JsonNode receipt = reply.json();
        assertThat(receipt.path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(receipt.path("failures").get(0).path("where").asString()).isEqualTo("$[1].references[0].referenceValue");
        assertThat(receipt.path("failures").get(0).path("reason").asString()).contains("check digit");
        assertThat(receipt.path("events").path("applied").asInt()).isEqualTo(1);
        assertThat(receipt.path("events").path("unmatched").asInt()).as("kept, without its container").isEqualTo(1);
        assertThat(actualOf(shipment(reference), "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");

        long id = receipt.path("messageId").asLong();
        JsonNode quarantined = admin().get("/api/v1/inbound/messages?status=QUARANTINED&limit=500").json();
        JsonNode listed = null;
        for (JsonNode item : quarantined.path("items")) {
            if (item.path("messageId").asLong() == id) {
                listed = item;
            }
        }
        assertThat(listed).as("listed among the quarantined").isNotNull();
        assertThat(listed.path("failures").get(0).path("where").asString()).isEqualTo("$[1].references[0].referenceValue");

        String fixed = message(good, bad.replace(wrongCheckDigit, container));
        ApiClient.Reply replayed = admin().postRaw("/api/v1/inbound/messages/" + id + "/replay", fixed);

        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().path("status").asString()).isEqualTo("PROCESSED");
        assertThat(replayed.json().path("failures").size()).isZero();
        assertThat(replayed.json().path("events").path("duplicates").asInt()).as("the good event, again").isEqualTo(1);
        assertThat(replayed.json().path("events").path("applied").asInt()).as("the fixed one, now matched").isEqualTo(1);
        assertThat(replayed.json().path("revisions").asInt()).isEqualTo(1);
        assertThat(actualOf(shipment(reference), "DEPARTED@CNYTN")).isEqualTo("2026-11-20T07:00:00Z");
        assertThat(admin().get("/api/v1/inbound/messages/" + id + "/content?original=true").body())
                .as("the original is kept").contains(wrongCheckDigit);
        assertThat(admin().get("/api/v1/inbound/messages/" + id + "/content").body()).isEqualTo(fixed);
        JsonNode detail = admin().get("/api/v1/inbound/messages/" + id).json();
        assertThat(detail.path("eventsRead").size()).isEqualTo(2);
    }

    @Test
    void a_message_that_is_not_even_json_is_quarantined_not_refused() {
        ApiClient.Reply reply = deliver("this is not { json");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(reply.json().path("failures").get(0).path("where").asString()).isEqualTo("$");
    }

    @Test
    void a_parser_that_throws_quarantines_the_message_with_the_error() {
        ApiClient.Reply reply = deliverTestFormat("{\"explode\": true, \"n\": " + System.nanoTime() + "}");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(reply.json().path("failures").get(0).path("reason").asString()).startsWith("parser error:")
                .contains("the parser broke");
    }

    @Test
    void an_unknown_format_and_an_empty_body_are_400s_naming_the_field() {
        ApiClient.Reply unknown = admin().postRaw("/api/v1/inbound/edifice", "UNB+...");
        ApiClient.Reply empty = admin().postRaw("/api/v1/inbound/dcsa", "");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("format");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
    }

    @Test
    void a_message_that_does_not_exist_is_a_404_and_a_bad_status_filter_a_400() {
        assertThat(admin().get("/api/v1/inbound/messages/999999999").status()).isEqualTo(404);
        assertThat(admin().postRaw("/api/v1/inbound/messages/999999999/replay", "").status()).isEqualTo(404);
        ApiClient.Reply bad = admin().get("/api/v1/inbound/messages?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
    }
}

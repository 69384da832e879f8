package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exception engine end to end: a carrier's estimate that slips the arrival opens a case on the work queue with
 * its numbers, operators act on it, and a better estimate clears the next one by itself, saying why.
 */
class ExceptionQueueTest extends InboxTestSupport {

    private static final Instant EARLIER = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant LATER = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    /** Books a shipment (arrival booked 2026-12-16 14:00 UTC) and has the carrier estimate it four days late. */
    private String slippedShipment(String prefix) {
        String container = freshContainer();
        String reference = freshReference(prefix);
        book(reference, container);
        ApiClient.Reply reply = deliver(message(event("S1-" + reference, "ARRIVED", "ESTIMATED", "2026-12-20T14:00:00Z",
                "USLGB", container, "BK-" + reference, EARLIER)));
        assertThat(reply.json().path("events").path("applied").asInt()).as(reply.body()).isEqualTo(1);
        return reference;
    }

    private JsonNode queueFor(String reference, String status) {
        ApiClient.Reply reply = admin().get("/api/v1/exceptions?shipment=" + reference + "&status=" + status);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("items");
    }

    @Test
    void a_slipping_arrival_opens_a_case_with_its_numbers_that_operators_acknowledge_and_resolve() {
        String reference = slippedShipment("SLIP");

        JsonNode items = queueFor(reference, "active");
        assertThat(items).hasSize(1);
        JsonNode slip = items.get(0);
        assertThat(slip.path("rule").asString()).isEqualTo("ARRIVAL_SLIPPING");
        assertThat(slip.path("severity").asString()).isEqualTo("HIGH");
        assertThat(slip.path("explanation").asString()).contains("booked Wed 2026-12-16 06:00", "2026-12-20 06:00", "4.0 days late", "48 h");
        assertThat(slip.path("suggestedAction").asString()).isNotBlank();
        assertThat(slip.path("sla").path("state").asString()).isIn("ON_TRACK", "DUE_SOON");
        assertThat(slip.path("sla").path("acknowledgeBy").asString()).isGreaterThan(slip.path("openedAt").asString());
        assertThat(slip.path("priority").path("score").asDouble()).isPositive();
        assertThat(slip.path("priority").path("terms").size()).isGreaterThan(1);
        String id = slip.path("id").asString();

        ApiClient.Reply acknowledged = admin().post("/api/v1/exceptions/" + id + "/acknowledge", Map.of("comment", "on it"));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        ApiClient.Reply badReason = admin().post("/api/v1/exceptions/" + id + "/resolve", Map.of("reasonCode", "SHRUG"));
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reasonCode");
        ApiClient.Reply resolved = admin().post("/api/v1/exceptions/" + id + "/resolve",
                Map.of("reasonCode", "CUSTOMER_INFORMED", "comment", "customer accepts the 20th"));
        assertThat(resolved.json().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().path("history")).extracting(h -> h.path("action").asString())
                .containsExactly("OPENED", "ACKNOWLEDGED", "RESOLVED");
        assertThat(resolved.json().path("history").get(2).path("by").asString()).isEqualTo("admin");
        assertThat(resolved.json().path("history").get(2).path("reasonCode").asString()).isEqualTo("CUSTOMER_INFORMED");

        ApiClient.Reply again = admin().post("/api/v1/exceptions/" + id + "/resolve", Map.of("reasonCode", "OTHER"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(queueFor(reference, "active")).isEmpty();
        assertThat(queueFor(reference, "closed")).hasSize(1);
    }

    @Test
    void a_better_estimate_clears_the_case_by_itself_saying_why() {
        String reference = slippedShipment("CLEAR");
        String container = shipment(reference).path("cargo").path("containers").get(0).path("number").asString();
        String id = queueFor(reference, "active").get(0).path("id").asString();

        deliver(message(event("S2-" + reference, "ARRIVED", "ESTIMATED", "2026-12-16T20:00:00Z", "USLGB", container,
                "BK-" + reference, LATER)));

        assertThat(queueFor(reference, "active")).isEmpty();
        JsonNode cleared = admin().get("/api/v1/exceptions/" + id).json();
        assertThat(cleared.path("status").asString()).isEqualTo("CLEARED");
        JsonNode last = cleared.path("history").get(cleared.path("history").size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("CLEARED");
        assertThat(last.path("by").asString()).isEqualTo("system");
        assertThat(last.path("detail").asString()).isNotBlank();
    }

    @Test
    void the_queue_names_a_bad_filter_and_needs_a_signed_in_user() {
        ApiClient.Reply bad = admin().get("/api/v1/exceptions?severity=URGENT&limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactlyInAnyOrder("severity", "limit");
        assertThat(anonymous().get("/api/v1/exceptions").status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/exceptions/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void the_queue_is_ordered_by_priority_and_filters_by_rule_and_region() {
        slippedShipment("RANK");
        slippedShipment("RANK");

        JsonNode items = admin().get("/api/v1/exceptions?rule=ARRIVAL_SLIPPING&region=US-WEST&limit=500").json()
                .path("items");

        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i - 1).path("priority").path("score").asDouble())
                    .isGreaterThanOrEqualTo(items.get(i).path("priority").path("score").asDouble());
            assertThat(items.get(i).path("region").asString()).isEqualTo("US-WEST");
        }
    }
}

package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Polling a carrier's GET /v2/events: a stub carrier on the loopback serves DCSA's valid sample in two pages. */
class DcsaPullClientTest extends EmbeddedDatabaseTestSupport {

    private static final String CURSOR = "fE9mZnNldHw9NCZsaW1pdD00";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_poll_follows_the_cursor_stores_both_pages_and_the_next_poll_asks_only_for_newer_events() {
        List<String> pages = twoPagesOfTheSample();
        try (LoopbackServer carrier = LoopbackServer.start(request -> {
            String query = request.uri().getQuery() == null ? "" : request.uri().getQuery();
            if (query.contains("eventCreatedDateTime:gt=")) {
                return json("[]", Map.of());
            }
            if (query.contains("cursor=" + CURSOR)) {
                return json(pages.get(1), Map.of("Current-Page", CURSOR));
            }
            return json(pages.get(0), Map.of("Current-Page", "first", "Next-Page", CURSOR));
        })) {
            String id = registerCarrier("CMDU", carrier.uri("/tnt").toString());

            var first = admin().post("/api/v1/dcsa/carrier-subscriptions/" + id + "/poll", "");
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().path("pages").asInt()).isEqualTo(2);
            assertThat(first.json().path("events").asInt()).isEqualTo(7);
            assertThat(first.json().path("newestEventCreatedDateTime").asString()).isEqualTo("2021-01-23T12:34:56Z");

            List<LoopbackServer.Seen> asked = carrier.seen("GET");
            assertThat(asked).hasSize(2);
            assertThat(asked.get(0).uri().getPath()).isEqualTo("/tnt/v2/events");
            assertThat(asked.get(0).uri().getQuery()).isEqualTo("limit=100");
            assertThat(asked.get(0).header("API-Version")).isEqualTo("2");
            assertThat(asked.get(1).uri().getQuery()).isEqualTo("cursor=" + CURSOR);
            assertThat(storedPages("CMDU")).containsExactly(pages.get(0), pages.get(1));

            var second = admin().post("/api/v1/dcsa/carrier-subscriptions/" + id + "/poll", "");
            assertThat(second.status()).isEqualTo(200);
            assertThat(carrier.seen("GET")).hasSize(3);
            assertThat(carrier.seen("GET").get(2).uri().getQuery())
                    .isEqualTo("eventCreatedDateTime:gt=2021-01-23T12:34:56Z&limit=100");
            assertThat(storedPages("CMDU")).hasSize(2);
            assertThat(admin().get("/api/v1/dcsa/carrier-subscriptions/" + id).json()
                    .path("lastEventCreatedDateTime").asString()).isEqualTo("2021-01-23T12:34:56Z");
        }
    }

    @Test
    void a_carrier_error_is_a_502_and_moves_nothing_forward() {
        try (LoopbackServer carrier = LoopbackServer.start(request -> LoopbackServer.Answer.of(503))) {
            String id = registerCarrier("SUDU", carrier.uri("/").toString());

            var reply = admin().post("/api/v1/dcsa/carrier-subscriptions/" + id + "/poll", "");

            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.body()).contains("503");
            assertThat(storedPages("SUDU")).isEmpty();
            assertThat(admin().get("/api/v1/dcsa/carrier-subscriptions/" + id).json()
                    .path("lastEventCreatedDateTime").isNull()).isTrue();
        }
    }

    @Test
    void a_next_page_link_to_another_host_is_not_followed() {
        List<String> pages = twoPagesOfTheSample();
        try (LoopbackServer carrier = LoopbackServer.start(request ->
                json(pages.get(0), Map.of("Next-Page", "http://169.254.169.254/latest/meta-data")))) {
            String id = registerCarrier("WHLC", carrier.uri("").toString());

            var reply = admin().post("/api/v1/dcsa/carrier-subscriptions/" + id + "/poll", "");

            assertThat(reply.status()).isEqualTo(502);
            assertThat(carrier.seen("GET")).hasSize(1);
        }
    }

    private static List<String> twoPagesOfTheSample() {
        JsonNode all = DcsaHttp.JSON.readTree(DcsaSpec.sample());
        ArrayNode first = DcsaHttp.JSON.createArrayNode();
        ArrayNode second = DcsaHttp.JSON.createArrayNode();
        for (int i = 0; i < all.size(); i++) {
            (i < 4 ? first : second).add(all.get(i));
        }
        return new ArrayList<>(List.of(DcsaHttp.JSON.writeValueAsString(first), DcsaHttp.JSON.writeValueAsString(second)));
    }

    private static LoopbackServer.Answer json(String body, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        all.put("API-Version", "2.2.0");
        return new LoopbackServer.Answer(200, all, body.getBytes(StandardCharsets.UTF_8));
    }

    private String registerCarrier(String scac, String baseUrl) {
        var reply = admin().post("/api/v1/dcsa/carrier-subscriptions", Map.of("carrier", scac, "baseUrl", baseUrl));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private List<String> storedPages(String sender) {
        return jdbc.query("SELECT content FROM inbox_message WHERE sender = ? AND format = 'DCSA' ORDER BY id",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), sender);
    }
}

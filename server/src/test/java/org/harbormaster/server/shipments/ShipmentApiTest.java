package org.harbormaster.server.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShipmentApiTest extends EmbeddedDatabaseTestSupport {

    @Test
    void an_fcl_import_booked_from_a_template_reads_back_with_local_milestone_times() {
        Reply created = post("/api/v1/shipments", ShipmentJson.fclImport("API-FCL-1", "CSQU3054383", "USLGB", "45G1"));

        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/shipments/");
        JsonNode shipment = created.json();
        assertThat(shipment.path("status").asString()).isEqualTo("BOOKED");
        assertThat(shipment.path("mode").asString()).isEqualTo("OCEAN_FCL");
        assertThat(shipment.path("cargo").path("containers").get(0).path("number").asString()).isEqualTo("CSQU3054383");
        JsonNode departed = milestone(shipment, "DEPARTED@CNYTN");
        assertThat(departed.path("planned").path("utc").asString()).isEqualTo("2026-12-01T06:00:00Z");
        assertThat(departed.path("planned").path("local").asString()).isEqualTo("2026-12-01T14:00:00+08:00");
        assertThat(departed.path("location").path("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(milestone(shipment, "ARRIVED@USLGB").path("planned").path("local").asString())
                .isEqualTo("2026-12-16T06:00:00-08:00");

        JsonNode byId = get("/api/v1/shipments/" + shipment.path("id").asString()).json();
        JsonNode byReference = get("/api/v1/shipments/API-FCL-1").json();
        assertThat(byId.path("reference").asString()).isEqualTo("API-FCL-1");
        assertThat(byReference.path("id").asString()).isEqualTo(shipment.path("id").asString());
        assertThat(byReference.path("budget").path("totals").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("3100.00");
    }

    @Test
    void a_container_number_with_a_wrong_check_digit_is_a_400_naming_the_field() {
        Reply reply = post("/api/v1/shipments", ShipmentJson.fclImport("API-BAD-1", "CSQU3054384", "USLGB", "45G1"));

        assertThat(reply.status).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(reply)).containsExactly("cargo.containers[0].number");
        assertThat(reply.json().path("errors").get(0).path("reason").asString()).contains("check digit");
    }

    @Test
    void an_unknown_un_locode_is_a_400_naming_the_field() {
        Reply reply = post("/api/v1/shipments", ShipmentJson.fclImport("API-BAD-2", "CSQU3054383", "USQXJ", "45G1"));

        assertThat(reply.status).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("destination.locode");
    }

    @Test
    void an_unknown_size_type_is_a_400_naming_the_field() {
        Reply reply = post("/api/v1/shipments", ShipmentJson.fclImport("API-BAD-3", "CSQU3054383", "USLGB", "99Z9"));

        assertThat(reply.status).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("cargo.containers[0].sizeType");
    }

    @Test
    void every_bad_field_of_a_request_is_reported_at_once() {
        Reply reply = post("/api/v1/shipments", ShipmentJson.fclImport("API-BAD-4", "CSQU3054384", "USQXJ", "99Z9"));

        assertThat(fields(reply)).containsExactlyInAnyOrder("cargo.containers[0].number",
                "cargo.containers[0].sizeType", "destination.locode");
    }

    @Test
    void a_wrong_json_type_and_broken_json_are_400s_not_500s() {
        Reply wrongType = post("/api/v1/shipments", """
                {"customer": {"code": "ACME01"}, "cargo": {"pieces": "twelve"}}""");
        Reply broken = post("/api/v1/shipments", "{\"customer\": ");
        Reply unknownField = post("/api/v1/shipments", "{\"promisedDelivry\": \"2026-12-24\"}");

        assertThat(wrongType.status).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("cargo.pieces");
        assertThat(broken.status).isEqualTo(400);
        assertThat(fields(broken)).containsExactly("body");
        assertThat(unknownField.status).isEqualTo(400);
        assertThat(fields(unknownField)).containsExactly("promisedDelivry");
    }

    @Test
    void an_air_shipment_checks_its_master_air_waybill() {
        Reply good = post("/api/v1/shipments", ShipmentJson.airDoorToDoor("API-AIR-1"));
        Reply bad = post("/api/v1/shipments", ShipmentJson.airDoorToDoor("API-AIR-2").replace("160-12345675", "160-12345676"));

        assertThat(good.status).isEqualTo(201);
        assertThat(good.json().path("mode").asString()).isEqualTo("AIR");
        assertThat(milestone(good.json(), "DELIVERED@USCHI").path("location").path("timeZone").asString())
                .isEqualTo("America/Chicago");
        assertThat(bad.status).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("references[0].value");
    }

    @Test
    void the_list_pages_with_a_cursor_and_filters_by_container_reference_and_mode() {
        List<String> containers = List.of("MSKU1234565", "MSCU1234566", "CMAU1234566", "HLXU1234568", "EGHU1234563");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            String number = validContainer(containers.get(i));
            Reply reply = post("/api/v1/shipments", ShipmentJson.fclImport("LIST-" + i, number, "USLAX", "42G1")
                    .replace("ACME01", "LISTCO"));
            assertThat(reply.status).as(reply.body).isEqualTo(201);
            created.add(reply.json().path("reference").asString());
        }

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/v1/shipments?customer=listco&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(item -> assertThat(seen.add(item.path("reference").asString())).isTrue());
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString(null);
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        assertThat(pages).isEqualTo(3);

        String container = validContainer(containers.get(2));
        assertThat(references(get("/api/v1/shipments?container=" + container.toLowerCase()).json()))
                .containsExactly("LIST-2");
        assertThat(references(get("/api/v1/shipments?reference=BK-LIST-3").json())).containsExactly("LIST-3");
        assertThat(references(get("/api/v1/shipments?customer=LISTCO&mode=AIR").json())).isEmpty();
        Reply badFilter = get("/api/v1/shipments?mode=BOAT&limit=0");
        assertThat(badFilter.status).isEqualTo(400);
        assertThat(fields(badFilter)).containsExactlyInAnyOrder("mode", "limit");
        assertThat(get("/api/v1/shipments?cursor=not-ours").status).isEqualTo(400);
    }

    @Test
    void replanning_via_a_hub_adds_the_transshipment_and_a_stale_version_is_refused() {
        JsonNode booked = post("/api/v1/shipments", ShipmentJson.fclImport("API-PLAN-1", validContainer("ONEU7654320"),
                "USLGB", "45G1")).json();
        String change = """
                {"version": 0, "template": {"name": "FCL_IMPORT_PORT_TO_DOOR",
                  "departure": "2026-12-01T14:00:00+08:00", "arrival": "2026-12-20T06:00:00-08:00",
                  "transshipmentPorts": ["KRPUS"]}}""";

        Reply replanned = put("/api/v1/shipments/API-PLAN-1/plan", change);
        Reply stale = put("/api/v1/shipments/API-PLAN-1/plan", change);

        assertThat(replanned.status).as(replanned.body).isEqualTo(200);
        assertThat(replanned.json().path("version").asLong()).isEqualTo(booked.path("version").asLong() + 1);
        assertThat(keys(replanned.json())).contains("DISCHARGED@KRPUS", "LOADED@KRPUS");
        assertThat(stale.status).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_cancelled_shipment_says_why_and_cannot_be_cancelled_twice() {
        post("/api/v1/shipments", ShipmentJson.fclImport("API-CXL-1", validContainer("TGHU1111110"), "USLGB", "22G1"));

        Reply cancelled = post("/api/v1/shipments/API-CXL-1/cancel", "{\"reason\": \"customer withdrew the order\"}");
        Reply again = post("/api/v1/shipments/API-CXL-1/cancel", "{\"reason\": \"again\"}");
        Reply missingReason = post("/api/v1/shipments/API-CXL-1/cancel", "{}");

        assertThat(cancelled.status).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancellation").path("by").asString()).isEqualTo("admin");
        assertThat(again.status).isEqualTo(409);
        assertThat(missingReason.status).isEqualTo(400);
        assertThat(get("/api/v1/shipments/NO-SUCH-REF").status).isEqualTo(404);
    }

    @Test
    void the_api_needs_credentials_and_publishes_its_openapi_document() {
        Reply anonymous = send(HttpRequest.newBuilder(uri("/api/v1/shipments")).GET().build());
        Reply openApi = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build());

        assertThat(anonymous.status).isEqualTo(401);
        assertThat(openApi.status).isEqualTo(200);
        assertThat(openApi.body).contains("/api/v1/shipments/{idOrReference}/plan");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A valid ISO 6346 number built from the first ten characters of {@code sample}. */
    static String validContainer(String sample) {
        String firstTen = sample.substring(0, 10);
        return firstTen + org.harbormaster.identity.ContainerNumber.checkDigit(firstTen);
    }

    private static JsonNode milestone(JsonNode shipment, String key) {
        return StreamSupport.stream(shipment.path("milestones").spliterator(), false)
                .filter(m -> m.path("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + key));
    }

    private static List<String> keys(JsonNode shipment) {
        return StreamSupport.stream(shipment.path("milestones").spliterator(), false)
                .map(m -> m.path("key").asString()).toList();
    }

    private static List<String> references(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(m -> m.path("reference").asString()).toList();
    }

    private static List<String> fields(Reply reply) {
        return StreamSupport.stream(reply.json().path("errors").spliterator(), false)
                .map(e -> e.path("field").asString()).toList();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder authorized(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json");
    }

    Reply get(String path) {
        return send(authorized(path).GET().build());
    }

    Reply post(String path, String json) {
        return send(authorized(path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply put(String path, String json) {
        return send(authorized(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        }
    }
}

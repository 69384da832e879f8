package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Our events as DCSA T&amp;T 2.2 at GET /v2/events: every answer checked against DCSA's OpenAPI document. */
class DcsaPublishedEventsTest extends EmbeddedDatabaseTestSupport {

    private String booking;
    private String container;
    private String reference;

    @BeforeEach
    void aBookedShipmentWhoseCarrierReportedItsVoyage() {
        booking = DcsaTestShipments.freshBooking();
        container = DcsaTestShipments.freshContainer();
        reference = "DCSA-PUB-" + booking;
        DcsaTestShipments.book(admin(), reference, booking, container);
        DcsaTestShipments.push(admin(), port, "MAEU", DcsaTestShipments.voyageEvents(booking, container));
    }

    @Test
    void the_shipments_events_are_published_as_valid_dcsa_transport_and_equipment_events() {
        HttpResponse<String> reply = client().get("/v2/events?equipmentReference=" + container);

        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", reply);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("API-Version")).hasValue("2.2.0");
        JsonNode events = DcsaHttp.json(reply);
        assertThat(codes(events)).containsExactlyInAnyOrder("TRANSPORT/DEPA", "EQUIPMENT/LOAD", "TRANSPORT/ARRI");
        JsonNode departure = find(events, "DEPA");
        assertThat(departure.path("eventClassifierCode").asString()).isEqualTo("ACT");
        assertThat(departure.path("eventDateTime").asString()).isEqualTo(DcsaTestShipments.at(DcsaTestShipments.ACTUAL_DEPARTURE, DcsaTestShipments.YANTIAN));
        assertThat(departure.path("transportCall").path("UNLocationCode").asString()).isEqualTo("CNYTN");
        assertThat(departure.path("transportCall").path("modeOfTransport").asString()).isEqualTo("VESSEL");
        assertThat(departure.path("transportCall").path("vessel").path("vesselIMONumber").asString()).isEqualTo("9074729");
        assertThat(departure.path("references").toString()).contains(reference).contains(container);
        JsonNode loading = find(events, "LOAD");
        assertThat(loading.path("equipmentReference").asString()).isEqualTo(container);
        assertThat(loading.path("emptyIndicatorCode").asString()).isEqualTo("LADEN");
        assertThat(loading.path("ISOEquipmentCode").asString()).isEqualTo("45G1");
        assertThat(find(events, "ARRI").path("eventClassifierCode").asString()).isEqualTo("EST");
        assertThat(find(events, "ARRI").path("eventDateTime").asString()).isEqualTo(DcsaTestShipments.at(DcsaTestShipments.ESTIMATED_ARRIVAL, DcsaTestShipments.LONG_BEACH));
    }

    @Test
    void filters_combine_as_the_spec_says() {
        HttpResponse<String> arrivals = client().get("/v2/events?eventType=TRANSPORT&UNLocationCode=USLGB"
                + "&carrierBookingReference=" + booking);
        HttpResponse<String> contradiction = client().get("/v2/events?shipmentEventTypeCode=DRFT"
                + "&equipmentEventTypeCode=GTIN&carrierBookingReference=" + booking);
        HttpResponse<String> loadsAndDepartures = client().get("/v2/events?equipmentEventTypeCode=LOAD,DISC"
                + "&equipmentReference=" + container);
        HttpResponse<String> createdLater = client().get("/v2/events?equipmentReference=" + container
                + "&eventCreatedDateTime:gte=2999-01-01T00:00:00%2B01:00");

        for (HttpResponse<String> reply : List.of(arrivals, contradiction, loadsAndDepartures, createdLater)) {
            DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", reply);
        }
        assertThat(codes(DcsaHttp.json(arrivals))).containsExactly("TRANSPORT/ARRI");
        assertThat(DcsaHttp.json(contradiction)).isEmpty();
        assertThat(codes(DcsaHttp.json(loadsAndDepartures))).containsExactly("EQUIPMENT/LOAD");
        assertThat(DcsaHttp.json(createdLater)).isEmpty();
    }

    @Test
    void pages_are_linked_by_cursor_in_the_page_headers() {
        HttpResponse<String> first = client().get("/v2/events?limit=2&equipmentReference=" + container);
        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", first);
        assertThat(DcsaHttp.json(first)).hasSize(2);
        assertThat(first.headers().firstValue("Current-Page")).isPresent();
        assertThat(first.headers().firstValue("Prev-Page")).isEmpty();
        String next = first.headers().firstValue("Next-Page").orElseThrow();

        HttpResponse<String> second = client().get(next);
        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", second);
        assertThat(DcsaHttp.json(second)).hasSize(1);
        assertThat(second.headers().firstValue("Next-Page")).isEmpty();
        HttpResponse<String> back = client().get(second.headers().firstValue("Prev-Page").orElseThrow());
        assertThat(ids(DcsaHttp.json(back))).isEqualTo(ids(DcsaHttp.json(first)));

        List<String> all = new ArrayList<>(ids(DcsaHttp.json(first)));
        all.addAll(ids(DcsaHttp.json(second)));
        HttpResponse<String> whole = client().get("/v2/events?equipmentReference=" + container);
        assertThat(all).isEqualTo(ids(DcsaHttp.json(whole)));
        HttpResponse<String> newestFirst = client().get("/v2/events?sort=eventCreatedDateTime:DESC&equipmentReference="
                + container);
        List<String> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(ids(DcsaHttp.json(newestFirst))).isEqualTo(reversed);
    }

    @Test
    void one_event_is_found_by_its_event_id() {
        JsonNode some = DcsaHttp.json(client().get("/v2/events?equipmentReference=" + container)).get(0);

        HttpResponse<String> reply = client().get("/v2/events/" + some.path("eventID").asString());

        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events/{eventID}", reply);
        assertThat(DcsaHttp.json(reply)).isEqualTo(some);
    }

    @Test
    void every_published_event_conforms_whatever_its_shipment() {
        HttpResponse<String> reply = client().get("/v2/events?limit=1000");

        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", reply);
        assertThat(DcsaHttp.json(reply).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void mistakes_are_answered_with_dcsa_errors() {
        HttpResponse<String> badType = client().get("/v2/events?eventType=BOAT");
        HttpResponse<String> unknown = client().get("/v2/events?colour=red");
        HttpResponse<String> badCursor = client().get("/v2/events?cursor=bm9wZQ");
        HttpResponse<String> missing = client().get("/v2/events/5b1b0d3b-82be-46a1-aba8-509b7e3bd7a1");
        HttpResponse<String> anonymous = DcsaHttp.at(port).get("/v2/events");

        for (HttpResponse<String> reply : List.of(badType, unknown, badCursor, anonymous)) {
            DcsaSpec.assertConforms(Request.Method.GET, "/v2/events", reply);
        }
        DcsaSpec.assertConforms(Request.Method.GET, "/v2/events/{eventID}", missing);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(DcsaHttp.json(badType).path("errors").get(0).path("reason").asString()).isEqualTo("invalidQuery");
        assertThat(DcsaHttp.json(badType).path("errors").get(0).path("message").asString()).contains("eventType");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(DcsaHttp.json(anonymous).path("httpMethod").asString()).isEqualTo("GET");
    }

    private DcsaHttp client() {
        return DcsaHttp.at(port).basic("admin", ADMIN_PASSWORD);
    }

    private static List<String> codes(JsonNode events) {
        List<String> codes = new ArrayList<>();
        for (JsonNode event : events) {
            String type = event.path("eventType").asString();
            String code = switch (type) {
                case "TRANSPORT" -> event.path("transportEventTypeCode").asString();
                case "EQUIPMENT" -> event.path("equipmentEventTypeCode").asString();
                default -> event.path("shipmentEventTypeCode").asString();
            };
            codes.add(type + "/" + code);
        }
        return codes;
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.path("eventID").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode events, String code) {
        for (JsonNode event : events) {
            if (code.equals(event.path("transportEventTypeCode").asString(""))
                    || code.equals(event.path("equipmentEventTypeCode").asString(""))) {
                return event;
            }
        }
        throw new AssertionError("no " + code + " event in " + events);
    }
}

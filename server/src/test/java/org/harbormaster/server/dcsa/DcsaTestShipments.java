package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.harbormaster.formats.dcsa.DcsaSignature;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.ApiClient;

/**
 * Test data for publishing: an FCL import booked through the API, and DCSA T&amp;T 2.2 events about it pushed
 * by its carrier through the signed callback, so they take the whole way in (inbox, parser, matching).
 */
final class DcsaTestShipments {

    private DcsaTestShipments() {
    }

    /** A container number nobody else in the shared test database uses, with a right check digit. */
    static String freshContainer() {
        String first = "HMCU" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return first + ContainerNumber.checkDigit(first);
    }

    static String freshBooking() {
        return "DCSA" + ThreadLocalRandom.current().nextInt(100_000_000);
    }

    static final ZoneId YANTIAN = ZoneId.of("Asia/Shanghai");
    static final ZoneId LONG_BEACH = ZoneId.of("America/Los_Angeles");
    /** The voyage sailed ten days ago and arrives in five: actual departure, estimated arrival. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Instant DEPARTURE = NOW.minus(Duration.ofDays(10));
    static final Instant ARRIVAL = NOW.plus(Duration.ofDays(5));
    static final Instant ACTUAL_DEPARTURE = DEPARTURE.plus(Duration.ofMinutes(30));
    static final Instant LOADED = DEPARTURE.minus(Duration.ofHours(11));
    static final Instant ESTIMATED_ARRIVAL = ARRIVAL.plus(Duration.ofHours(2));

    static String at(Instant time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(zone).toOffsetDateTime());
    }

    /** Books CNYTN to USLGB on MAERSK ESSEN (IMO 9074729) voyage 251E. */
    static void book(ApiClient admin, String reference, String booking, String container) {
        String body = """
                {
                  "reference": "%s",
                  "customer": {"code": "ACME01", "name": "Acme Retail"},
                  "direction": "IMPORT",
                  "incoterm": "FOB",
                  "origin": {"locode": "CNYTN"},
                  "destination": {"locode": "USLGB",
                                  "door": {"street": "1200 Warehouse Way", "city": "Long Beach",
                                           "postalCode": "90802", "countryCode": "US"}},
                  "cargo": {"containers": [{"number": "%s", "sizeType": "45G1"}], "weightKg": 18250},
                  "references": [{"type": "BOOKING", "value": "%s"},
                                 {"type": "PURCHASE_ORDER", "value": "PO-%s"}],
                  "carrier": "MAEU",
                  "region": "US-WEST",
                  "template": {"name": "FCL_IMPORT_PORT_TO_DOOR",
                               "departure": "%s",
                               "arrival": "%s",
                               "vesselName": "MAERSK ESSEN", "imo": "9074729", "voyage": "251E",
                               "destinationTrucker": "DRAY1"}
                }
                """.formatted(reference, container, booking, reference, at(DEPARTURE, YANTIAN), at(ARRIVAL, LONG_BEACH));
        ApiClient.Reply reply = admin.post("/api/v1/shipments", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** Departure and loading at Yantian, arrival (estimated) at Long Beach, in one DCSA 2.2 notification. */
    static String voyageEvents(String booking, String container) {
        return """
                [
                  {"eventID": "%1$s", "eventCreatedDateTime": "%6$s", "eventType": "TRANSPORT",
                   "eventClassifierCode": "ACT", "eventDateTime": "%7$s",
                   "transportEventTypeCode": "DEPA",
                   "transportCall": {"transportCallID": "tc-cnytn-251E", "exportVoyageNumber": "251E",
                                     "UNLocationCode": "CNYTN", "modeOfTransport": "VESSEL",
                                     "vessel": {"vesselIMONumber": "9074729", "vesselName": "MAERSK ESSEN"}},
                   "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "%4$s"}],
                   "references": [{"referenceType": "EQ", "referenceValue": "%5$s"}]},
                  {"eventID": "%2$s", "eventCreatedDateTime": "%6$s", "eventType": "EQUIPMENT",
                   "eventClassifierCode": "ACT", "eventDateTime": "%8$s",
                   "equipmentEventTypeCode": "LOAD", "equipmentReference": "%5$s", "ISOEquipmentCode": "45G1",
                   "emptyIndicatorCode": "LADEN", "eventLocation": {"UNLocationCode": "CNYTN"},
                   "transportCall": {"transportCallID": "tc-cnytn-251E", "exportVoyageNumber": "251E",
                                     "UNLocationCode": "CNYTN", "modeOfTransport": "VESSEL",
                                     "vessel": {"vesselIMONumber": "9074729", "vesselName": "MAERSK ESSEN"}},
                   "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "%4$s"}]},
                  {"eventID": "%3$s", "eventCreatedDateTime": "%6$s", "eventType": "TRANSPORT",
                   "eventClassifierCode": "EST", "eventDateTime": "%9$s",
                   "transportEventTypeCode": "ARRI",
                   "transportCall": {"transportCallID": "tc-uslgb-251E", "exportVoyageNumber": "251E",
                                     "UNLocationCode": "USLGB", "modeOfTransport": "VESSEL",
                                     "vessel": {"vesselIMONumber": "9074729", "vesselName": "MAERSK ESSEN"}},
                   "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "%4$s"}],
                   "references": [{"referenceType": "EQ", "referenceValue": "%5$s"}]}
                ]
                """.formatted(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                booking, container, NOW.minus(Duration.ofMinutes(5)).toString(), at(ACTUAL_DEPARTURE, YANTIAN),
                at(LOADED, YANTIAN), at(ESTIMATED_ARRIVAL, LONG_BEACH));
    }

    /** Registers a carrier and pushes {@code events} to its callback, signed. */
    static void push(ApiClient admin, int port, String carrier, String events) {
        ApiClient.Reply registered = admin.post("/api/v1/dcsa/carrier-subscriptions",
                Map.of("carrier", carrier, "baseUrl", "https://dcsa.example.com"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        byte[] secret = Base64.getDecoder().decode(registered.json().path("secret").asString());
        byte[] body = events.getBytes(StandardCharsets.UTF_8);
        var reply = DcsaHttp.at(port).header(DcsaSignature.HEADER, DcsaSignature.sign(body, secret))
                .post(URI.create(registered.json().path("callbackUrl").asString()).getPath(), body);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(204);
    }
}

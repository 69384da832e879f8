package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.inbox.TestEventsParser.TestParsers;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Inbox tests over HTTP against the real application and PostgreSQL, with DCSA messages as carriers send
 * them, and the test format of {@link TestEventsParser} ({@code /api/v1/inbound/api}) for what the real
 * formats refuse themselves. All subclasses share one application context: use fresh numbers.
 */
@Import(TestParsers.class)
public abstract class InboxTestSupport extends EmbeddedDatabaseTestSupport {

    private static final AtomicInteger SERIAL = new AtomicInteger(100_000 + (int) (System.nanoTime() % 800_000));

    /** A container number nobody used yet, with a valid check digit. */
    public static String freshContainer() {
        String firstTen = "TSTU" + String.format("%06d", SERIAL.incrementAndGet());
        int check = org.harbormaster.identity.ContainerNumber.checkDigit(firstTen);
        return firstTen + check;
    }

    public static String freshReference(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet();
    }

    /** Books an FCL import Yantian to Long Beach, with the container and booking BK-{reference}. */
    JsonNode book(String reference, String container) {
        ApiClient.Reply reply = admin().post("/api/v1/shipments", booking(reference, container));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** The booking request of an FCL import Yantian to Long Beach, with the container and booking BK-{reference}. */
    public static String booking(String reference, String container) {
        return """
                {
                  "reference": "%s",
                  "customer": {"code": "ACME01", "name": "Acme Retail"},
                  "direction": "IMPORT",
                  "origin": {"locode": "CNYTN"},
                  "destination": {"locode": "USLGB",
                                  "door": {"street": "1200 Warehouse Way", "city": "Long Beach",
                                           "postalCode": "90802", "countryCode": "US"}},
                  "cargo": {"containers": [{"number": "%s", "sizeType": "45G1"}]},
                  "references": [{"type": "BOOKING", "value": "BK-%s"}],
                  "carrier": "MAEU",
                  "region": "US-WEST",
                  "template": {"name": "FCL_IMPORT_PORT_TO_DOOR",
                               "departure": "2026-12-01T14:00:00+08:00",
                               "arrival": "2026-12-16T06:00:00-08:00",
                               "vesselName": "MAERSK ESSEN", "imo": "9074729", "voyage": "251E",
                               "destinationTrucker": "DRAY1"}
                }
                """.formatted(reference, container, reference);
    }

    /** Posts a DCSA message from the carrier TESTCARRIER. */
    ApiClient.Reply deliver(String body) {
        return admin().header("X-Sender", "TESTCARRIER").postRaw("/api/v1/inbound/dcsa", body);
    }

    /** Posts a message of the test format ({@link TestEventsParser}), for what no real format lets through. */
    ApiClient.Reply deliverTestFormat(String body) {
        return admin().header("X-Sender", "TESTCARRIER").postRaw("/api/v1/inbound/api", body);
    }

    JsonNode shipment(String reference) {
        return admin().get("/api/v1/shipments/" + reference).json();
    }

    static JsonNode milestone(JsonNode shipment, String key) {
        for (JsonNode m : shipment.path("milestones")) {
            if (m.path("key").asString().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + key + " in " + shipment.path("milestones"));
    }

    static String actualOf(JsonNode shipment, String key) {
        JsonNode actual = milestone(shipment, key).path("actual");
        return actual.isNull() || actual.isMissingNode() ? null : actual.path("utc").asString();
    }

    /** A DCSA message: a JSON array of events, as a carrier pushes them to our callback. */
    public static String message(String... events) {
        return "[" + String.join(",", events) + "]";
    }

    /** The event key Harbormaster gives the DCSA event {@link #event} made with {@code key}. */
    static String keyOf(String key) {
        return "DCSA:" + eventId(key);
    }

    /**
     * A DCSA Track &amp; Trace 2.2 event reporting a milestone (LOADED, DISCHARGED and GATE_OUT as equipment
     * events, DEPARTED and ARRIVED as vessel transport events; NONE as an empty gate-out, a code that reports
     * no milestone) of kind ACTUAL, ESTIMATED or PLANNED, at a time and place, naming a container and a
     * booking (either may be null). It was created an hour after an actual, a minute ago for other kinds.
     */
    public static String event(String key, String milestone, String kind, String time, String locode, String container,
                        String booking) {
        Instant created = kind.equals("ACTUAL") ? Instant.parse(time).plus(Duration.ofHours(1))
                : Instant.now().minus(Duration.ofMinutes(1));
        if (created.isAfter(Instant.now())) {
            created = Instant.now().minus(Duration.ofMinutes(1));
        }
        return event(key, milestone, kind, time, locode, container, booking, created.truncatedTo(ChronoUnit.SECONDS));
    }

    static String event(String key, String milestone, String kind, String time, String locode, String container,
                        String booking, Instant created) {
        String[] code = switch (milestone) {
            case "LOADED" -> new String[]{"EQUIPMENT", "LOAD", "LADEN"};
            case "DISCHARGED" -> new String[]{"EQUIPMENT", "DISC", "LADEN"};
            case "GATE_OUT" -> new String[]{"EQUIPMENT", "GTOT", "LADEN"};
            case "NONE" -> new String[]{"EQUIPMENT", "GTOT", "EMPTY"};
            case "DEPARTED" -> new String[]{"TRANSPORT", "DEPA", null};
            case "ARRIVED" -> new String[]{"TRANSPORT", "ARRI", null};
            default -> throw new IllegalArgumentException(milestone);
        };
        String classifier = switch (kind) {
            case "ACTUAL" -> "ACT";
            case "ESTIMATED" -> "EST";
            default -> "PLN";
        };
        List<String> fields = new ArrayList<>();
        fields.add(quoted("eventID", eventId(key)));
        fields.add(quoted("eventCreatedDateTime", created.toString()));
        fields.add(quoted("eventType", code[0]));
        fields.add(quoted("eventClassifierCode", classifier));
        fields.add(quoted("eventDateTime", time));
        if (code[0].equals("EQUIPMENT")) {
            fields.add(quoted("equipmentEventTypeCode", code[1]));
            fields.add(quoted("emptyIndicatorCode", code[2]));
            if (container != null) {
                fields.add(quoted("equipmentReference", container));
            }
            if (locode != null) {
                fields.add("\"eventLocation\": {" + quoted("UNLocationCode", locode) + "}");
            }
        } else {
            fields.add(quoted("transportEventTypeCode", code[1]));
            fields.add("\"transportCall\": {" + quoted("UNLocationCode", locode) + ", "
                    + quoted("modeOfTransport", "VESSEL") + "}");
            if (container != null) {
                fields.add("\"references\": [{" + quoted("referenceType", "EQ") + ", "
                        + quoted("referenceValue", container) + "}]");
            }
        }
        if (booking != null) {
            fields.add("\"documentReferences\": [{" + quoted("documentReferenceType", "BKG") + ", "
                    + quoted("documentReferenceValue", booking) + "}]");
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static String eventId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String quoted(String name, String value) {
        return "\"" + name + "\": \"" + value + "\"";
    }

    /** A message of the test format ({@link TestEventsParser}). */
    static String testMessage(String... events) {
        return "{\"events\": [" + String.join(",", events) + "]}";
    }

    /** An event of the test format: key, milestone type, kind, time, place, container. */
    static String testEvent(String key, String type, String kind, String time, String locode, String container) {
        return "{\"key\": \"" + key + "\", \"code\": \"" + type + "\", \"kind\": \"" + kind + "\", \"time\": \""
                + time + "\", \"location\": \"" + locode + "\", \"containers\": [\"" + container + "\"]}";
    }
}

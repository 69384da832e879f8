package org.harbormaster.formats.dcsa;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.dcsa.DcsaMilestoneTable.EventCode;
import org.harbormaster.formats.events.EventKeys;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;
import tools.jackson.databind.JsonNode;

/**
 * Reads the events of one DCSA message, each flat (T&amp;T 2.2) or as {@code metadata} and {@code payload}
 * (T&amp;T 3.0), reporting every problem at its JSON path. An event is dropped when what makes it an event
 * is missing or unreadable (its type, type code, classifier, event time, creation time) or its times
 * contradict each other; it is kept, without the bad value, when only an identifier is wrong (a container
 * check digit, an unknown UN/LOCODE, an IMO number, a malformed event id), so that it can still be matched.
 * One reader serves one message: it remembers the event ids seen to report repeats.
 */
final class DcsaEventReader {

    /** How far a sender's clock may run ahead of ours before its times count as being in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    private static final String FORMAT = EventFormat.DCSA.name();
    /** T&T's three event types, and the event domain 3.1's reefer and IoT events (which report no milestone). */
    private static final Set<String> EVENT_TYPES = Set.of("SHIPMENT", "TRANSPORT", "EQUIPMENT", "REEFER", "IOT");
    private static final List<String> FLAT_EVENT_FIELDS = List.of("eventID", "eventType", "eventClassifierCode",
            "eventDateTime", "eventCreatedDateTime");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_EVENT_ID_LENGTH = 100;

    private final DcsaMilestoneTable milestones;
    private final MessageContext context;
    private final List<ParseFailure> failures;
    private final Map<String, JsonPlace> seenEventIds = new HashMap<>();

    DcsaEventReader(DcsaMilestoneTable milestones, MessageContext context, List<ParseFailure> failures) {
        this.milestones = milestones;
        this.context = context;
        this.failures = failures;
    }

    Optional<MilestoneEvent> read(JsonNode node, JsonPlace place) {
        if (!node.isObject()) {
            failures.add(new ParseFailure(place.toString(),
                    "an event must be a JSON object, got " + JsonFields.describe(node)));
            return Optional.empty();
        }
        JsonFields event = new JsonFields(node, place, failures);
        if (event.has("metadata") || event.has("payload")) {
            return readMetadataAndPayload(event);
        }
        if (FLAT_EVENT_FIELDS.stream().noneMatch(event::has)) {
            event.failHere("not a DCSA event: expected eventType, eventClassifierCode and eventDateTime (T&T 2.2) "
                    + "or metadata and payload (T&T 3.0), found " + fieldList(event));
            return Optional.empty();
        }
        return readEvent(DcsaVersion.V2_2, event, event);
    }

    private Optional<MilestoneEvent> readMetadataAndPayload(JsonFields event) {
        Optional<JsonFields> metadata = event.requiredObject("metadata");
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> retracted = metadata.get().text("retractedEventID");
        if (retracted.isPresent()) {
            metadata.get().fail("retractedEventID", "retracts event " + retracted.get() + " (key "
                    + EventKeys.ofSourceId(FORMAT, retracted.get()) + "): a retraction is not applied "
                    + "automatically; undo what the retracted event set by hand");
            return Optional.empty();
        }
        return event.requiredObject("payload").flatMap(payload -> readEvent(DcsaVersion.V3_0, metadata.get(), payload));
    }

    private Optional<MilestoneEvent> readEvent(DcsaVersion version, JsonFields metadata, JsonFields payload) {
        Optional<String> eventId = eventId(version, metadata);
        if (eventId.isPresent() && repeatsAnEarlierEvent(metadata, eventId.get())) {
            return Optional.empty();
        }
        Optional<Instant> reportedAt = metadata.requiredDateTime("eventCreatedDateTime");
        Optional<String> eventType = eventType(metadata, payload);
        Optional<TimeKind> kind = kind(payload);
        Optional<Instant> eventTime = payload.requiredDateTime("eventDateTime");
        Optional<String> typeCode = eventType.flatMap(type -> typeCode(payload, type));
        Details details = details(version, payload, eventType.orElse(""), typeCode.orElse(""));
        if (reportedAt.isEmpty() || eventType.isEmpty() || kind.isEmpty() || eventTime.isEmpty() || typeCode.isEmpty()
                || !timesAgree(metadata, payload, kind.get(), eventTime.get(), reportedAt.get())) {
            return Optional.empty();
        }
        return Optional.of(milestoneEvent(eventId, kind.get(), eventTime.get(), reportedAt.get(), details));
    }

    /** What an event says besides its identity and times; read even for a dropped event, to report it all. */
    private record Details(String eventType, String code, String emptyIndicator, String documentType,
                           EventPlace place, TransportCallDetails conveyance, EventReferences named) {

        /** The code as the source wrote it, with what qualifies it: {@code GTIN/EMPTY}, {@code RELS/CUS}. */
        String sourceCode() {
            String qualifier = emptyIndicator != null ? emptyIndicator : documentType;
            return qualifier == null ? code : code + "/" + qualifier;
        }

        EventCode eventCode() {
            TransportMode mode = conveyance.mode();
            return new EventCode(eventType, code, emptyIndicator, mode == null ? null : mode.name(), documentType);
        }
    }

    private static Details details(DcsaVersion version, JsonFields payload, String eventType, String code) {
        String emptyIndicator = "EQUIPMENT".equals(eventType) ? emptyIndicator(payload) : null;
        String documentType = "SHIPMENT".equals(eventType)
                ? payload.requiredText("documentTypeCode").orElse(null) : null;
        Optional<JsonFields> transportCall = "TRANSPORT".equals(eventType)
                ? payload.requiredObject("transportCall") : payload.object("transportCall");
        EventPlace place = EventPlace.read(payload, transportCall);
        TransportCallDetails conveyance = transportCall
                .map(call -> TransportCallDetails.read(version, call, code))
                .orElse(TransportCallDetails.NONE);
        EventReferences named = EventReferences.read(version, payload, documentType);
        return new Details(eventType, code, emptyIndicator, documentType, place, conveyance, named);
    }

    private MilestoneEvent milestoneEvent(Optional<String> eventId, TimeKind kind, Instant eventTime,
                                          Instant reportedAt, Details details) {
        MilestoneType milestone = milestones.milestoneFor(details.eventCode()).orElse(null);
        EventPlace place = details.place();
        TransportCallDetails conveyance = details.conveyance();
        EventReferences named = details.named();
        String key = eventId.map(id -> EventKeys.ofSourceId(FORMAT, id))
                .orElseGet(() -> EventKeys.ofContent(FORMAT, context.sender(), details.eventType(),
                        details.sourceCode(), kind, eventTime, place.location(), place.facility(),
                        named.equipment(), named.references()));
        return new MilestoneEvent(key, milestone, details.sourceCode(), kind, eventTime, place.location(),
                place.facility(), conveyance.mode(), named.equipment(), named.references(), conveyance.vesselName(),
                conveyance.vesselImo(), conveyance.voyage(), "EMPTY".equals(details.emptyIndicator()),
                context.source(), reportedAt, context.receivedAt(), context.messageId());
    }

    /**
     * The source's id of the event. 2.2 may leave it out (the event is then keyed by its content), 3.0 may
     * not. A malformed id is reported but still keys the event: it is the only id the source will repeat.
     */
    private Optional<String> eventId(DcsaVersion version, JsonFields metadata) {
        JsonNode raw = metadata.raw("eventID");
        if (raw == null || raw.isNull()) {
            if (!version.eventIdIsUuid) {
                metadata.fail("eventID", JsonFields.missing("eventID"));
            }
            return Optional.empty();
        }
        String expected = version.eventIdIsUuid ? " (a UUID)" : "";
        if (raw.isNumber() || raw.isBoolean()) {
            metadata.fail("eventID", "eventID must be a text" + expected + ", got " + JsonFields.describe(raw));
            return Optional.of(raw.asString());
        }
        Optional<String> id = metadata.requiredText("eventID");
        id.ifPresent(text -> {
            if (version.eventIdIsUuid && !UUID.matcher(text).matches()) {
                metadata.fail("eventID", JsonFields.quote(text) + " is not a UUID, as T&T 2.2 event ids must be");
            } else if (text.length() > MAX_EVENT_ID_LENGTH) {
                metadata.fail("eventID", "eventID has " + text.length() + " characters, more than the "
                        + MAX_EVENT_ID_LENGTH + " allowed");
            }
        });
        return id;
    }

    private boolean repeatsAnEarlierEvent(JsonFields metadata, String eventId) {
        JsonPlace here = metadata.placeOf("eventID");
        JsonPlace earlier = seenEventIds.putIfAbsent(eventId, here);
        if (earlier == null) {
            return false;
        }
        metadata.fail("eventID", "eventID " + eventId + " was already used by the event at " + earlier
                + ": event ids must be unique, the repeat is not applied");
        return true;
    }

    /** 3.0 moved eventType into the metadata; its examples repeat it in the payload, which is accepted too. */
    private static Optional<String> eventType(JsonFields metadata, JsonFields payload) {
        JsonFields holder = !metadata.has("eventType") && payload.has("eventType") ? payload : metadata;
        return holder.requiredText("eventType").filter(type -> {
            if (EVENT_TYPES.contains(type)) {
                return true;
            }
            holder.fail("eventType", JsonFields.quote(type)
                    + " is not a DCSA event type: expected SHIPMENT, TRANSPORT or EQUIPMENT");
            return false;
        });
    }

    private static Optional<TimeKind> kind(JsonFields payload) {
        return payload.requiredText("eventClassifierCode").flatMap(code -> switch (code) {
            case "PLN" -> Optional.of(TimeKind.PLANNED);
            case "EST" -> Optional.of(TimeKind.ESTIMATED);
            case "ACT" -> Optional.of(TimeKind.ACTUAL);
            default -> {
                payload.fail("eventClassifierCode", JsonFields.quote(code)
                        + " is not an event classifier: expected PLN, EST or ACT");
                yield Optional.empty();
            }
        });
    }

    /** The code of the event's type ({@code transportEventTypeCode}...), or 2.2's deprecated {@code eventTypeCode}. */
    private static Optional<String> typeCode(JsonFields payload, String eventType) {
        String field = eventType.toLowerCase(Locale.ROOT) + "EventTypeCode";
        if (!payload.has(field) && payload.has("eventTypeCode")) {
            return payload.requiredText("eventTypeCode");
        }
        return payload.requiredText(field);
    }

    private static String emptyIndicator(JsonFields payload) {
        return payload.requiredText("emptyIndicatorCode").filter(code -> {
            if (code.equals("EMPTY") || code.equals("LADEN")) {
                return true;
            }
            payload.fail("emptyIndicatorCode", JsonFields.quote(code)
                    + " is not an empty indicator: expected EMPTY or LADEN");
            return false;
        }).orElse(null);
    }

    /**
     * A source cannot create an event after we received it, nor report an actual before it happened, nor
     * an actual that lies in the future; each allowing for {@link #CLOCK_SKEW}.
     */
    private boolean timesAgree(JsonFields metadata, JsonFields payload, TimeKind kind, Instant eventTime,
                               Instant reportedAt) {
        Instant received = context.receivedAt().plus(CLOCK_SKEW);
        boolean agree = true;
        if (reportedAt.isAfter(received)) {
            metadata.fail("eventCreatedDateTime", "created " + reportedAt + ", after the message was received ("
                    + context.receivedAt() + "): an event cannot be created in the future");
            agree = false;
        }
        if (kind == TimeKind.ACTUAL && eventTime.isAfter(reportedAt.plus(CLOCK_SKEW))) {
            payload.fail("eventDateTime", "the actual event at " + eventTime + " was created earlier, at "
                    + reportedAt + ": an actual cannot be reported before it happens");
            agree = false;
        } else if (kind == TimeKind.ACTUAL && eventTime.isAfter(received)) {
            payload.fail("eventDateTime", "an actual event at " + eventTime + " lies after the message was received ("
                    + context.receivedAt() + "): an actual cannot be in the future");
            agree = false;
        }
        return agree;
    }

    private static String fieldList(JsonFields event) {
        List<String> names = event.names().stream().limit(8).map(JsonFields::shorten).toList();
        return names.isEmpty() ? "no fields" : String.join(", ", names) + (event.names().size() > 8 ? ", ..." : "");
    }
}

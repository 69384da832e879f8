package org.harbormaster.server.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.server.inbox.TestEventsParser.TestParsers;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny JSON event format for testing the inbox without depending on a real format's details, posted to
 * {@code /api/v1/inbound/api}:
 *
 * <pre>{@code
 * {"events": [{"key": "E1", "code": "LOADED", "kind": "ACTUAL", "time": "2026-12-01T05:00:00Z",
 *              "location": "CNYTN", "containers": ["CSQU3054383"], "references": ["BOOKING:BK-1"],
 *              "reportedAt": "2026-12-01T06:00:00Z"}]}
 * }</pre>
 *
 * A code that is no milestone type is kept with a null type; an event that cannot be read becomes a failure
 * at its JSON path; {@code "explode": true} makes the parser throw.
 */
class TestEventsParser implements EventMessageParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Registers the parser; tests that {@code @Import} it share one application context. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestParsers {
        @Bean
        EventMessageParser testEventsParser() {
            return new TestEventsParser();
        }
    }

    @Override
    public EventFormat format() {
        return EventFormat.API;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        JsonNode root;
        try {
            root = JSON.readTree(new String(message, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return ParseOutcome.failed("$", "not JSON: " + e.getMessage());
        }
        if (root.path("explode").asBoolean(false)) {
            throw new IllegalStateException("the parser broke");
        }
        List<MilestoneEvent> events = new ArrayList<>();
        List<ParseFailure> failures = new ArrayList<>();
        JsonNode list = root.path("events");
        for (int i = 0; i < list.size(); i++) {
            try {
                events.add(event(list.get(i), context));
            } catch (RuntimeException e) {
                failures.add(new ParseFailure("$.events[" + i + "]", String.valueOf(e.getMessage())));
            }
        }
        return new ParseOutcome(events, failures);
    }

    private static MilestoneEvent event(JsonNode e, MessageContext context) {
        String code = e.path("code").asString();
        MilestoneType type;
        try {
            type = MilestoneType.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            type = null;
        }
        List<ContainerNumber> containers = new ArrayList<>();
        e.path("containers").forEach(c -> containers.add(ContainerNumber.of(c.asString())));
        List<CarrierReference> references = new ArrayList<>();
        e.path("references").forEach(r -> {
            String[] parts = r.asString().split(":", 2);
            references.add(new CarrierReference(ReferenceType.valueOf(parts[0]), parts[1]));
        });
        String location = e.path("location").asString(null);
        String reportedAt = e.path("reportedAt").asString(null);
        return new MilestoneEvent("test:" + e.path("key").asString(), type, code,
                TimeKind.valueOf(e.path("kind").asString("ACTUAL")), Instant.parse(e.path("time").asString()),
                location == null ? null : UnLocode.of(location), null, TransportMode.VESSEL, containers, references,
                null, null, null, false, context.source(), reportedAt == null ? null : Instant.parse(reportedAt),
                context.receivedAt(), context.messageId());
    }
}

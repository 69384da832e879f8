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
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events an operator records by hand on the shipment page ({@link EventFormat#UI}), stored in the inbox like every
 * carrier's message so that they take the same path (matching, exactly-once application, history with source):
 *
 * <pre>{@code
 * {"key": "3f1c...", "milestone": "GATE_OUT", "kind": "ACTUAL", "time": "2026-12-20T10:00:00Z",
 *  "location": "USLGB", "containers": ["CSQU3054383"], "references": ["BOOKING:BK-1"], "note": "driver called"}
 * }</pre>
 */
public class ManualEventParser implements EventMessageParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public EventFormat format() {
        return EventFormat.UI;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        JsonNode e;
        try {
            e = JSON.readTree(new String(message, StandardCharsets.UTF_8));
        } catch (RuntimeException notJson) {
            return ParseOutcome.failed("$", "not JSON: " + notJson.getMessage());
        }
        try {
            return new ParseOutcome(List.of(event(e, context)), List.of());
        } catch (RuntimeException wrong) {
            return new ParseOutcome(List.of(), List.of(new ParseFailure("$", String.valueOf(wrong.getMessage()))));
        }
    }

    private static MilestoneEvent event(JsonNode e, MessageContext context) {
        String code = e.path("milestone").asString();
        MilestoneType type = MilestoneType.valueOf(code);
        List<ContainerNumber> containers = new ArrayList<>();
        e.path("containers").forEach(c -> containers.add(ContainerNumber.of(c.asString())));
        List<CarrierReference> references = new ArrayList<>();
        e.path("references").forEach(r -> {
            String[] parts = r.asString().split(":", 2);
            references.add(new CarrierReference(ReferenceType.valueOf(parts[0]), parts[1]));
        });
        String location = e.path("location").asString(null);
        return new MilestoneEvent("UI:" + e.path("key").asString(), type, code,
                TimeKind.valueOf(e.path("kind").asString("ACTUAL")), Instant.parse(e.path("time").asString()),
                location == null || location.isBlank() ? null : UnLocode.of(location), null, null, containers,
                references, null, null, null, false, context.source(), context.receivedAt(), context.receivedAt(),
                context.messageId());
    }
}

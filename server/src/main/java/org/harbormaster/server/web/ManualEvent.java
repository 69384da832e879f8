package org.harbormaster.server.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import tools.jackson.databind.json.JsonMapper;

/**
 * A milestone an operator records by hand on the shipment page, as the inbox's {@code UI} format (see
 * {@code ManualEventParser}): the milestone's type and place, the time entered in that place's local time, and the
 * shipment's containers and references so that it matches this shipment as a carrier's event would.
 */
record ManualEvent(Milestone milestone, String kind, Instant time, String note, Shipment shipment) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ManualEvent of(Shipment shipment, String milestoneKey, String kind, String localTime, String note) {
        Milestone m = shipment.milestones().stream().filter(x -> x.key().equals(milestoneKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose the milestone the event reports."));
        String k = kind == null || kind.isBlank() ? "ACTUAL" : kind.strip().toUpperCase(Locale.ROOT);
        if (!List.of("ACTUAL", "ESTIMATED").contains(k)) {
            throw new IllegalArgumentException("An event is ACTUAL or ESTIMATED, not " + kind + ".");
        }
        if (localTime == null || localTime.isBlank()) {
            throw new IllegalArgumentException("Give the time, in the local time of " + m.location().locode() + ".");
        }
        Instant at;
        try {
            at = LocalDateTime.parse(localTime.strip()).atZone(m.location().zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + localTime + "' is not a date and time like 2026-12-01T14:00.");
        }
        return new ManualEvent(m, k, at, note == null || note.isBlank() ? null : note.strip(), shipment);
    }

    byte[] json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", UUID.randomUUID().toString());
        body.put("milestone", milestone.type().name());
        body.put("kind", kind);
        body.put("time", time.toString());
        body.put("location", milestone.location().locode().toString());
        body.put("containers", shipment.details().cargo().containers().stream().map(c -> c.number().toString()).toList());
        body.put("references", shipment.details().references().stream().map(r -> r.type().name() + ":" + r.value())
                .toList());
        if (note != null) {
            body.put("note", note);
        }
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    String describe() {
        return milestone.type().label() + " (" + kind.toLowerCase(Locale.ROOT) + ") at " + milestone.location().locode();
    }
}

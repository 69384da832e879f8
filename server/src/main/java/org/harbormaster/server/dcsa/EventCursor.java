package org.harbormaster.server.dcsa;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code cursor} of {@code GET /v2/events}: the query and where its page starts, as URL-safe Base64 of a
 * small JSON object. It is a bookmark, not a credential: whoever reads the events may read any cursor, and
 * a doctored one only names another page of what the caller may see anyway.
 */
final class EventCursor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private EventCursor() {
    }

    static String encode(EventQuery query, EventQuery.Position position) {
        Map<String, Object> cursor = new LinkedHashMap<>();
        cursor.put("q", query.withPaging());
        cursor.put("p", position.kind().name());
        if (position.createdAt() != null) {
            cursor.put("t", position.createdAt().toString());
            cursor.put("k", position.publishedId());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(cursor));
    }

    @SuppressWarnings("unchecked")
    static EventQuery decode(String cursor) {
        try {
            Map<String, Object> fields = JSON.readValue(Base64.getUrlDecoder().decode(cursor.strip()), OBJECT);
            Map<String, List<String>> parameters = (Map<String, List<String>>) fields.get("q");
            EventQuery.Position.Kind kind = EventQuery.Position.Kind.valueOf((String) fields.get("p"));
            Instant createdAt = fields.get("t") == null ? null : Instant.parse((String) fields.get("t"));
            String publishedId = (String) fields.get("k");
            if (parameters == null || (kind == EventQuery.Position.Kind.AFTER || kind == EventQuery.Position.Kind.BEFORE)
                    && (createdAt == null || publishedId == null)) {
                throw new IllegalArgumentException("incomplete");
            }
            return EventQuery.read(parameters, new EventQuery.Position(kind, createdAt, publishedId));
        } catch (DcsaRequestException e) {
            throw e;
        } catch (IllegalArgumentException | ClassCastException | JacksonException | java.time.DateTimeException e) {
            throw DcsaRequestException.invalidQuery("cursor is not one this server gave out");
        }
    }
}

package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Our events as DCSA Track &amp; Trace 2.2 ({@code GET /v2/events}, {@code GET /v2/events/{eventID}}), for
 * customers' systems that poll. Pages are linked by cursor in the Current-Page, Next-Page, Prev-Page,
 * First-Page and Last-Page headers.
 */
@RestController
class DcsaEventsController {

    private final PublishedEventRepository events;
    private final PublishedEventJson json;

    DcsaEventsController(PublishedEventRepository events, PublishedEventJson json) {
        this.events = events;
        this.json = json;
    }

    @GetMapping(path = "/v2/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> events(HttpServletRequest request) {
        String cursor = request.getParameter("cursor");
        EventQuery query = cursor != null ? EventCursor.decode(cursor)
                : EventQuery.fromParameters(request.getParameterMap());
        Page page = page(query);
        HttpHeaders headers = new HttpHeaders();
        headers.set(DcsaApiVersion.HEADER, DcsaApiVersion.FULL);
        headers.set("Current-Page", link(request, query, query.position()));
        if (page.hasPrevious()) {
            headers.set("First-Page", link(request, query, EventQuery.Position.FIRST));
            if (!page.events().isEmpty()) {
                PublishedEvent first = page.events().get(0);
                headers.set("Prev-Page", link(request, query,
                        EventQuery.Position.before(first.createdAt(), first.publishedId())));
            }
        }
        if (page.hasNext()) {
            PublishedEvent last = page.events().get(page.events().size() - 1);
            headers.set("Next-Page", link(request, query,
                    EventQuery.Position.after(last.createdAt(), last.publishedId())));
            headers.set("Last-Page", link(request, query, EventQuery.Position.LAST));
        }
        return ResponseEntity.ok().headers(headers).body(page.events().stream().map(json::write).toList());
    }

    /** Deprecated in 2.2, and still part of it. */
    @GetMapping(path = "/v2/events/{eventID}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> event(@PathVariable("eventID") String eventId) {
        UUID id;
        try {
            id = UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw DcsaRequestException.notFound("no event has the ID '" + eventId + "': event IDs are UUIDs");
        }
        PublishedEvent event = events.byEventId(id)
                .orElseThrow(() -> DcsaRequestException.notFound("no event has the ID " + id));
        return ResponseEntity.ok().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).body(json.write(event));
    }

    private Page page(EventQuery query) {
        List<PublishedEvent> rows = events.page(query);
        int limit = query.limit();
        boolean more = rows.size() > limit;
        EventQuery.Position.Kind kind = query.position().kind();
        if (query.position().backwards()) {
            List<PublishedEvent> page = more ? rows.subList(rows.size() - limit, rows.size()) : rows;
            return new Page(page, more, kind == EventQuery.Position.Kind.BEFORE);
        }
        List<PublishedEvent> page = more ? rows.subList(0, limit) : rows;
        boolean previous = kind == EventQuery.Position.Kind.AFTER
                && (page.isEmpty() || events.anyBefore(query, page.get(0)));
        return new Page(page, previous, more);
    }

    private static String link(HttpServletRequest request, EventQuery query, EventQuery.Position position) {
        return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null)
                .queryParam("cursor", EventCursor.encode(query, position)).build().toUriString();
    }

    private record Page(List<PublishedEvent> events, boolean hasPrevious, boolean hasNext) {
    }
}

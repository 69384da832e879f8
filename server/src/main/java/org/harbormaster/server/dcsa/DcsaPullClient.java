package org.harbormaster.server.dcsa;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polls a carrier's DCSA T&amp;T 2.2 {@code GET {base}/v2/events}: asks only for events created after the
 * newest one pulled before ({@code eventCreatedDateTime:gt=...}), follows the {@code Next-Page} header from
 * page to page, and hands each page's body, exactly as received, to the inbox as a DCSA message from the
 * carrier. The newest eventCreatedDateTime is remembered only once every page is stored, so a poll that
 * fails half-way is asked again whole (the inbox knows the pages it already has).
 */
@Component
public class DcsaPullClient {

    private static final Logger log = LoggerFactory.getLogger(DcsaPullClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Inbox inbox;
    private final CarrierSubscriptionRepository subscriptions;
    private final DcsaProperties properties;
    private final Clock clock;

    DcsaPullClient(HttpClient dcsaHttpClient, Inbox inbox, CarrierSubscriptionRepository subscriptions,
                   DcsaProperties properties, Clock clock) {
        this.http = dcsaHttpClient;
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one poll did. */
    public record PollReport(String carrier, List<URI> pagesRequested, int events, int messagesStored,
                             int messagesAlreadyKnown, Instant newestEventCreatedAt) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("carrier", carrier);
            json.put("pages", pagesRequested.size());
            json.put("events", events);
            json.put("messagesStored", messagesStored);
            json.put("messagesAlreadyKnown", messagesAlreadyKnown);
            json.put("newestEventCreatedDateTime", newestEventCreatedAt == null ? null : newestEventCreatedAt.toString());
            return json;
        }
    }

    /** The carrier's API answered with an error, or could not be reached; what was stored before stays. */
    public static class PollFailedException extends RuntimeException {
        PollFailedException(String message) {
            super(message);
        }
    }

    public PollReport poll(CarrierSubscription subscription) {
        URI base = withoutTrailingSlash(subscription.baseUrl());
        URI next = firstPage(base, subscription.lastEventCreatedAt());
        List<URI> requested = new ArrayList<>();
        int events = 0;
        int stored = 0;
        int known = 0;
        Instant newest = null;
        while (next != null && requested.size() < properties.maxPages()) {
            URI page = next;
            requested.add(page);
            HttpResponse<byte[]> response = get(page);
            byte[] body = response.body();
            JsonNode json = readArray(body);
            if (json != null && json.isEmpty()) {
                break;
            }
            Receipt receipt = inbox.receiveAndProcess(EventFormat.DCSA, subscription.carrierCode(), body);
            if (receipt.duplicate()) {
                known++;
            } else {
                stored++;
            }
            if (json != null) {
                events += json.size();
                newest = later(newest, newestCreated(json));
            }
            next = response.headers().firstValue("Next-Page").map(link -> nextPage(base, page, link)).orElse(null);
        }
        if (next != null) {
            log.warn("Stopped polling {} after {} pages; the rest comes with the next poll",
                    subscription.carrierCode(), requested.size());
        }
        subscriptions.recordPoll(subscription.id(), newest, clock.instant());
        return new PollReport(subscription.carrierCode(), requested, events, stored, known, newest);
    }

    private URI firstPage(URI base, Instant since) {
        StringBuilder query = new StringBuilder();
        if (since != null) {
            query.append("eventCreatedDateTime:gt=").append(encode(since.toString())).append('&');
        }
        query.append("limit=").append(properties.pageLimit());
        return URI.create(base + "/v2/events?" + query);
    }

    /**
     * Next-Page is "a link to the next page": an absolute URL, a reference relative to the page, or (as in
     * the spec's examples) the bare cursor, which goes into the {@code cursor} parameter. It must stay on the
     * carrier's host: a link elsewhere is not followed.
     */
    private static URI nextPage(URI base, URI current, String link) {
        String value = link.strip();
        if (value.isEmpty()) {
            return null;
        }
        URI next;
        if (value.contains("://") || value.startsWith("/") || value.startsWith("?")) {
            next = current.resolve(value);
        } else {
            next = URI.create(base + "/v2/events?cursor=" + encode(value));
        }
        if (!Objects.equals(next.getHost(), base.getHost()) || next.getPort() != base.getPort()
                || !Objects.equals(next.getScheme(), base.getScheme())) {
            throw new PollFailedException("Next-Page leads away from " + base.getHost() + ": " + value);
        }
        return next.equals(current) ? null : next;
    }

    private HttpResponse<byte[]> get(URI page) {
        HttpRequest request = HttpRequest.newBuilder(page).GET().timeout(properties.httpTimeout())
                .header(DcsaApiVersion.HEADER, DcsaApiVersion.MAJOR).header("Accept", "application/json").build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PollFailedException("GET " + page + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollFailedException("interrupted while polling " + page);
        }
        if (response.statusCode() != 200) {
            throw new PollFailedException("GET " + page + " answered " + response.statusCode());
        }
        return response;
    }

    /** The page as a JSON array, or null when it is not one (the inbox will quarantine it and say why). */
    private static JsonNode readArray(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isArray() ? json : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Instant newestCreated(JsonNode events) {
        Instant newest = null;
        for (JsonNode event : events) {
            JsonNode created = event.path("eventCreatedDateTime");
            if (created.isString()) {
                try {
                    newest = later(newest, OffsetDateTime.parse(created.asString()).toInstant());
                } catch (DateTimeParseException e) {
                    // the inbox reports it; it moves nothing here
                }
            }
        }
        return newest;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

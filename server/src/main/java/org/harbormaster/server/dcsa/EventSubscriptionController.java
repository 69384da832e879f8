package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * DCSA T&amp;T 2.2 event subscriptions ({@code /v2/event-subscriptions}): a client registers a callback URL,
 * a shared secret and filters, and from then on the events applied to shipments that match are POSTed to
 * it, signed. Each user sees and changes only the subscriptions they created.
 */
@RestController
class EventSubscriptionController {

    private static final String PATH = "/v2/event-subscriptions";

    private final EventSubscriptionRepository subscriptions;
    private final CallbackCheck callbackCheck;
    private final Clock clock;

    EventSubscriptionController(EventSubscriptionRepository subscriptions, CallbackCheck callbackCheck, Clock clock) {
        this.subscriptions = subscriptions;
        this.callbackCheck = callbackCheck;
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) byte[] body, Principal user) {
        SubscriptionBody request = SubscriptionBody.forCreate(body);
        callbackCheck.requireReachable(request.callbackUrl());
        Instant now = clock.instant();
        EventSubscription subscription = new EventSubscription(UUID.randomUUID(), user.getName(),
                request.callbackUrl(), request.filter(), now, now);
        subscriptions.insert(subscription, request.secret());
        return ResponseEntity.status(HttpStatus.CREATED).header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                        .buildAndExpand(subscription.id()).toUri())
                .body(subscription.toJson());
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> list(HttpServletRequest request, Principal user) {
        SubscriptionPage page = SubscriptionPage.of(request);
        int total = subscriptions.count(user.getName());
        List<Map<String, Object>> body = subscriptions.list(user.getName(), page.offset(), page.limit()).stream()
                .map(EventSubscription::toJson).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.set(DcsaApiVersion.HEADER, DcsaApiVersion.FULL);
        headers.set("Current-Page", page.link(request, page.offset()));
        if (page.offset() > 0) {
            headers.set("First-Page", page.link(request, 0));
            headers.set("Prev-Page", page.link(request, Math.max(0, page.offset() - page.limit())));
        }
        if (page.offset() + page.limit() < total) {
            headers.set("Next-Page", page.link(request, page.offset() + page.limit()));
            headers.set("Last-Page", page.link(request, (total - 1) / page.limit() * page.limit()));
        }
        return ResponseEntity.ok().headers(headers).body(body);
    }

    @GetMapping(path = PATH + "/{subscriptionID}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> get(@PathVariable("subscriptionID") String id, Principal user) {
        EventSubscription subscription = subscriptions.find(uuid(id), user.getName()).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).body(subscription.toJson());
    }

    @PutMapping(path = PATH + "/{subscriptionID}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> update(@PathVariable("subscriptionID") String id,
                                               @RequestBody(required = false) byte[] body, Principal user) {
        EventSubscription existing = subscriptions.find(uuid(id), user.getName()).orElseThrow(() -> notFound(id));
        SubscriptionBody request = SubscriptionBody.forUpdate(body);
        if (request.subscriptionId() != null && !request.subscriptionId().equals(existing.id().toString())) {
            throw DcsaRequestException.invalidInput("subscriptionID in the body differs from the one in the path");
        }
        if (!request.callbackUrl().equals(existing.callbackUrl())) {
            callbackCheck.requireReachable(request.callbackUrl());
        }
        EventSubscription changed = new EventSubscription(existing.id(), existing.owner(), request.callbackUrl(),
                request.filter(), existing.createdAt(), clock.instant());
        if (!subscriptions.update(changed)) {
            throw notFound(id);
        }
        return ResponseEntity.ok().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).body(changed.toJson());
    }

    @DeleteMapping(PATH + "/{subscriptionID}")
    ResponseEntity<Void> delete(@PathVariable("subscriptionID") String id, Principal user) {
        if (!subscriptions.delete(uuid(id), user.getName())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).build();
    }

    @PutMapping(PATH + "/{subscriptionID}/secret")
    ResponseEntity<Void> resetSecret(@PathVariable("subscriptionID") String id,
                                     @RequestBody(required = false) byte[] body, Principal user) {
        UUID subscriptionId = uuid(id);
        byte[] secret = SubscriptionBody.secretOnly(body);
        if (!subscriptions.updateSecret(subscriptionId, user.getName(), secret, clock.instant())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static DcsaRequestException notFound(String id) {
        return DcsaRequestException.notFound("you have no subscription with the ID " + id);
    }

    /** Subscriptions are few per user: a page is an offset, carried in an opaque cursor. */
    private record SubscriptionPage(int offset, int limit) {

        static SubscriptionPage of(HttpServletRequest request) {
            for (String name : request.getParameterMap().keySet()) {
                if (!name.equals("limit") && !name.equals("cursor")) {
                    throw DcsaRequestException.invalidQuery(name.equals("sort")
                            ? "subscriptions are listed oldest first; sort is not supported"
                            : "unknown query parameter '" + name + "'");
                }
            }
            String cursor = request.getParameter("cursor");
            if (cursor != null) {
                try {
                    String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                            .split(",", 2);
                    int offset = Integer.parseInt(parts[0]);
                    int limit = Integer.parseInt(parts[1]);
                    if (offset < 0 || limit < 1 || limit > EventQuery.MAX_LIMIT) {
                        throw new IllegalArgumentException("out of range");
                    }
                    return new SubscriptionPage(offset, limit);
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw DcsaRequestException.invalidQuery("cursor is not one this server gave out");
                }
            }
            String limit = request.getParameter("limit");
            try {
                int value = limit == null ? EventQuery.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
                if (value < 1) {
                    throw DcsaRequestException.invalidQuery("limit must be at least 1");
                }
                return new SubscriptionPage(0, Math.min(value, EventQuery.MAX_LIMIT));
            } catch (NumberFormatException e) {
                throw DcsaRequestException.invalidQuery("limit must be a whole number");
            }
        }

        String link(HttpServletRequest request, int pageOffset) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((pageOffset + "," + limit).getBytes(StandardCharsets.UTF_8));
            return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null)
                    .queryParam("cursor", cursor).build().toUriString();
        }
    }
}

package org.harbormaster.server.dcsa;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.harbormaster.formats.dcsa.DcsaSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes newly applied events to the subscribers whose filters they match, in the background. Every few
 * seconds it queues, per subscription, the events applied since it last looked (a durable queue:
 * {@code event_notification}), then POSTs what is due, bundled per subscriber, signed with the
 * subscriber's secret. A subscriber that does not answer 2xx is tried again later, waiting twice as long
 * each time, and given up on after {@code notify-max-attempts} tries. Polling the database keeps the inbox
 * free of any knowledge of subscribers, and survives restarts.
 */
@Component
@ConditionalOnWebApplication
class SubscriberNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SubscriberNotifier.class);
    /** Applications committed out of order by at most this much are still seen. */
    static final Duration OVERLAP = Duration.ofMinutes(1);
    static final int BUNDLE = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final EventSubscriptionRepository subscriptions;
    private final PublishedEventRepository events;
    private final PublishedEventJson json;
    private final HttpClient http;
    private final DcsaProperties properties;
    private final Clock clock;
    private final CallbackCheck callbackCheck;
    private volatile ScheduledExecutorService executor;

    SubscriberNotifier(JdbcTemplate jdbc, EventSubscriptionRepository subscriptions, PublishedEventRepository events,
                       PublishedEventJson json, HttpClient dcsaHttpClient, DcsaProperties properties, Clock clock,
                       CallbackCheck callbackCheck) {
        this.callbackCheck = callbackCheck;
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.events = events;
        this.json = json;
        this.http = dcsaHttpClient;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dcsa-notify");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.notifyInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            queueNewlyApplied();
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Notifying DCSA subscribers failed; trying again shortly: {}", e.toString());
        }
    }

    /** Queues the events applied since the last look for every subscription they match. */
    int queueNewlyApplied() {
        OffsetDateTime upTo = jdbc.queryForObject("SELECT max(applied_at) FROM event_application",
                OffsetDateTime.class);
        if (upTo == null) {
            return 0;
        }
        List<OffsetDateTime> seen = jdbc.queryForList(
                "SELECT applied_up_to FROM event_notification_watermark WHERE id = 1", OffsetDateTime.class);
        Instant since = seen.isEmpty() ? Instant.EPOCH : seen.get(0).toInstant().minus(OVERLAP);
        int queued = 0;
        Instant now = clock.instant();
        for (EventSubscription subscription : subscriptions.all()) {
            queued += events.queueNotifications(subscription.id(), subscription.filter(), subscription.createdAt(),
                    since, now);
        }
        jdbc.update("INSERT INTO event_notification_watermark (id, applied_up_to) VALUES (1, ?) ON CONFLICT (id)"
                + " DO UPDATE SET applied_up_to = greatest(event_notification_watermark.applied_up_to,"
                + " excluded.applied_up_to)", upTo);
        return queued;
    }

    /** Sends every due notification, one POST per subscriber and bundle. */
    int deliverDue() {
        Instant now = clock.instant();
        Map<UUID, List<String>> due = new LinkedHashMap<>();
        jdbc.query("SELECT subscription_id, published_id FROM event_notification WHERE delivered_at IS NULL"
                        + " AND gave_up_at IS NULL AND next_attempt_at <= ? ORDER BY subscription_id, event_created_at,"
                        + " published_id LIMIT 10000",
                row -> {
                    due.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>()).add(row.getString(2));
                }, now.atOffset(ZoneOffset.UTC));
        int sent = 0;
        for (Map.Entry<UUID, List<String>> subscription : due.entrySet()) {
            List<String> ids = subscription.getValue();
            for (int from = 0; from < ids.size(); from += BUNDLE) {
                if (!deliver(subscription.getKey(), ids.subList(from, Math.min(ids.size(), from + BUNDLE)))) {
                    break;   // this subscriber is failing: the rest waits for its retry
                }
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID subscriptionId, List<String> publishedIds) {
        EventSubscription subscription = subscriptions.byId(subscriptionId).orElse(null);
        byte[] secret = subscriptions.secretOf(subscriptionId).orElse(null);
        if (subscription == null || secret == null) {
            return false;   // deleted meanwhile; its queue went with it
        }
        List<PublishedEvent> found = events.byPublishedIds(publishedIds);
        Set<String> gone = new HashSet<>(publishedIds);
        found.forEach(e -> gone.remove(e.publishedId()));
        if (!gone.isEmpty()) {
            mark(subscriptionId, List.copyOf(gone), "gave_up_at", "the event is no longer published");
        }
        if (found.isEmpty()) {
            return true;
        }
        try {
            // Checked again at every delivery: a host's address can change after the subscription was made.
            callbackCheck.requirePublic(subscription.callbackUrl());
        } catch (DcsaRequestException notPublic) {
            log.warn("Not notifying subscription {}: {}", subscriptionId, notPublic.getMessage());
            return false;
        }
        byte[] body = JSON.writeValueAsBytes(found.stream().map(json::write).toList());
        HttpRequest request = HttpRequest.newBuilder(subscription.callbackUrl())
                .timeout(properties.httpTimeout())
                .header("Content-Type", "application/json")
                .header(DcsaSignature.HEADER, DcsaSignature.sign(body, secret))
                .header("Subscription-ID", subscriptionId.toString())
                .header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        List<String> sentIds = found.stream().map(PublishedEvent::publishedId).toList();
        String failure;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status <= 299) {
                mark(subscriptionId, sentIds, "delivered_at", null);
                return true;
            }
            failure = "answered " + status;
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        retryLater(subscriptionId, sentIds, failure);
        log.info("Notifying subscription {} at {} failed ({}); will retry", subscriptionId,
                subscription.callbackUrl().getHost(), failure);
        return false;
    }

    private void retryLater(UUID subscriptionId, List<String> publishedIds, String failure) {
        Instant now = clock.instant();
        long backoffMillis = properties.notifyBackoff().toMillis();
        jdbc.update("UPDATE event_notification SET attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = ?::timestamptz"
                        + " + make_interval(secs => ?::double precision * power(2, least(attempts, 16)) / 1000.0),"
                        + " gave_up_at = CASE WHEN attempts + 1 >= ? THEN ?::timestamptz END"
                        + " WHERE subscription_id = ? AND published_id = ANY(?)",
                failure, now.atOffset(ZoneOffset.UTC), backoffMillis, properties.notifyMaxAttempts(),
                now.atOffset(ZoneOffset.UTC), subscriptionId, PublishedEventRepository.texts(publishedIds));
    }

    private void mark(UUID subscriptionId, List<String> publishedIds, String column, String error) {
        jdbc.update("UPDATE event_notification SET " + column + " = ?, last_error = coalesce(?, last_error)"
                        + " WHERE subscription_id = ? AND published_id = ANY(?)",
                clock.instant().atOffset(ZoneOffset.UTC), error, subscriptionId, PublishedEventRepository.texts(publishedIds));
    }

    @Override
    public void destroy() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
    }
}

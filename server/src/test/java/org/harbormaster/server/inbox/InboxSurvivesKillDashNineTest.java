package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The crash test: DCSA messages are posted from several threads while the server is killed with SIGKILL in the
 * middle of the stream. After a restart, every message the server acknowledged is processed exactly once,
 * every acknowledged event is stored and applied exactly once, and each milestone holds what applying the
 * stored events gives; after the client re-sends everything (as a sender whose requests failed would), all
 * events are there exactly once and the milestones are what applying all of them gives.
 */
class InboxSurvivesKillDashNineTest {

    private static final Path DATA_DIRECTORY = TemporaryDataDirectory.create();
    private static final int SHIPMENTS = 20;
    private static final int MESSAGES = 300;
    private static final int KILL_AFTER_ACKNOWLEDGED = 120;
    private static final Instant BASE = Instant.parse("2026-11-01T00:00:00Z");

    /**
     * What each event reports: DCSA event type, code and classifier, place, the milestone key it lands on and
     * the kind of time it sets. Equipment events name the container, transport events the booking.
     */
    private static final String[][] REPORTS = {
            {"EQUIPMENT", "LOAD", "ACT", "CNYTN", "LOADED@CNYTN", "ACTUAL"},
            {"TRANSPORT", "DEPA", "ACT", "CNYTN", "DEPARTED@CNYTN", "ACTUAL"},
            {"TRANSPORT", "ARRI", "EST", "USLGB", "ARRIVED@USLGB", "ESTIMATED"},
            {"EQUIPMENT", "DISC", "EST", "USLGB", "DISCHARGED@USLGB", "ESTIMATED"}};

    private record Sent(String key, int shipment, String[] report, Instant time, Instant reportedAt) {
    }

    private record Message(String body, List<Sent> events) {
    }

    @AfterAll
    static void leaveNoPostgresBehind() {
        ServerProcess.stopPostgresLeftIn(DATA_DIRECTORY);
        TemporaryDataDirectory.delete(DATA_DIRECTORY);
    }

    @Test
    void every_acknowledged_message_is_applied_exactly_once_after_a_kill_in_the_middle_of_ingest() throws Exception {
        List<String> containers = new ArrayList<>();
        List<Message> messages;
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();

        try (ServerProcess first = ServerProcess.start(DATA_DIRECTORY)) {
            for (int s = 0; s < SHIPMENTS; s++) {
                String firstTen = "CRSU" + String.format("%06d", s);
                containers.add(firstTen + ContainerNumber.checkDigit(firstTen));
                ApiClient.Reply booked = first.admin().post("/api/v1/shipments",
                        InboxTestSupport.booking("CRASH-" + s, containers.get(s)));
                assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            }
            messages = messages(containers);
            postConcurrentlyAndKill(first, messages, acknowledged);
        }
        assertThat(acknowledged.size()).as("acknowledged before the kill").isBetween(KILL_AFTER_ACKNOWLEDGED, MESSAGES - 1);

        try (ServerProcess second = ServerProcess.start(DATA_DIRECTORY)) {
            ApiClient api = second.admin();
            awaitNothingReceived(api);

            Map<Long, JsonNode> stored = allMessages(api);
            for (Map.Entry<Integer, Long> ack : acknowledged.entrySet()) {
                JsonNode message = stored.get(ack.getValue());
                assertThat(message).as("acknowledged message " + ack.getValue()).isNotNull();
                assertThat(message.path("status").asString()).isEqualTo("PROCESSED");
                assertThat(message.path("sha256").asString()).isEqualTo(Inbox.sha256(messages.get(ack.getKey()).body().getBytes()));
            }
            assertThat(stored.values().stream().map(m -> m.path("sha256").asString()).distinct().count())
                    .as("each message stored once").isEqualTo(stored.size());

            Set<String> acknowledgedEvents = new HashSet<>();
            acknowledged.keySet().forEach(i -> messages.get(i).events().forEach(e -> acknowledgedEvents.add(e.key())));
            Map<String, Sent> storedEvents = assertHistoriesHoldEachEventOnce(api, messages);
            assertThat(storedEvents.keySet()).containsAll(acknowledgedEvents);
            assertMilestonesAreWhatApplyingGives(api, storedEvents.values());

            for (Message message : messages) {
                ApiClient.Reply again = api.header("X-Sender", "CRASHCARRIER").postRaw("/api/v1/inbound/dcsa", message.body());
                assertThat(again.status()).isIn(200, 202);
            }
            Map<String, Sent> all = assertHistoriesHoldEachEventOnce(api, messages);
            assertThat(all).hasSize((int) messages.stream().flatMap(m -> m.events().stream()).map(Sent::key).distinct().count());
            assertMilestonesAreWhatApplyingGives(api, all.values());
        }
    }

    /** Message i reports one new event; some repeat an earlier message whole, some carry an earlier event too. */
    private static List<Message> messages(List<String> containers) {
        List<Message> messages = new ArrayList<>();
        List<Sent> events = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            if (i % 10 == 9) {
                messages.add(messages.get(i - 5));
                continue;
            }
            // Reported in an order unrelated to the order sent, always after the event itself.
            Sent event = new Sent(String.format("00000000-0000-4000-8000-%012d", i), i % SHIPMENTS,
                    REPORTS[(i / SHIPMENTS) % REPORTS.length], BASE.plus(Duration.ofMinutes(i)),
                    BASE.plus(Duration.ofMinutes(1000 + (i * 7919L) % 1000)));
            events.add(event);
            List<Sent> carried = new ArrayList<>(List.of(event));
            if (i % 7 == 3) {
                carried.add(events.get(events.size() / 2));
            }
            List<String> json = carried.stream().map(e -> dcsa(e, containers)).toList();
            messages.add(new Message("[" + String.join(",", json) + "]", carried));
        }
        return messages;
    }

    /** A DCSA Track & Trace 2.2 event as a carrier pushes it. */
    private static String dcsa(Sent e, List<String> containers) {
        String[] r = e.report();
        String common = "\"eventID\": \"" + e.key() + "\", \"eventCreatedDateTime\": \"" + e.reportedAt()
                + "\", \"eventType\": \"" + r[0] + "\", \"eventClassifierCode\": \"" + r[2]
                + "\", \"eventDateTime\": \"" + e.time() + "\", ";
        if (r[0].equals("EQUIPMENT")) {
            return "{" + common + "\"equipmentEventTypeCode\": \"" + r[1] + "\", \"equipmentReference\": \""
                    + containers.get(e.shipment()) + "\", \"emptyIndicatorCode\": \"LADEN\", "
                    + "\"eventLocation\": {\"UNLocationCode\": \"" + r[3] + "\"}}";
        }
        return "{" + common + "\"transportEventTypeCode\": \"" + r[1] + "\", \"transportCall\": {"
                + "\"UNLocationCode\": \"" + r[3] + "\", \"modeOfTransport\": \"VESSEL\"}, "
                + "\"documentReferences\": [{\"documentReferenceType\": \"BKG\", "
                + "\"documentReferenceValue\": \"BK-CRASH-" + e.shipment() + "\"}]}";
    }

    private static void postConcurrentlyAndKill(ServerProcess server, List<Message> messages,
                                                Map<Integer, Long> acknowledged) throws InterruptedException {
        ApiClient api = server.admin().header("X-Sender", "CRASHCARRIER");
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            senders.execute(() -> {
                int i;
                while (!down.get() && (i = next.getAndIncrement()) < messages.size()) {
                    try {
                        ApiClient.Reply reply = api.postRaw("/api/v1/inbound/dcsa", messages.get(i).body());
                        if (reply.status() == 200 || reply.status() == 202) {
                            acknowledged.put(i, reply.json().path("messageId").asLong());
                        }
                    } catch (UncheckedIOException | IllegalStateException serverGone) {
                        down.set(true);
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        server.kill();
        down.set(true);
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitNothingReceived(ApiClient api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get("/api/v1/inbound/messages?status=RECEIVED&limit=1").json().path("items").isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("messages still RECEIVED a minute after the restart");
    }

    private static Map<Long, JsonNode> allMessages(ApiClient api) {
        Map<Long, JsonNode> all = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/inbound/messages?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(m -> all.put(m.path("messageId").asLong(), m));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString(null);
        } while (cursor != null);
        return all;
    }

    /** Reads every shipment's history; each event in it once, and only events that were sent. */
    private static Map<String, Sent> assertHistoriesHoldEachEventOnce(ApiClient api, List<Message> messages) {
        Map<String, Sent> sent = new HashMap<>();
        messages.forEach(m -> m.events().forEach(e -> sent.put("DCSA:" + e.key(), e)));
        Map<String, Sent> stored = new HashMap<>();
        for (int s = 0; s < SHIPMENTS; s++) {
            JsonNode history = api.get("/api/v1/shipments/CRASH-" + s + "/events").json();
            for (JsonNode event : history.path("events")) {
                String key = event.path("eventKey").asString();
                assertThat(sent).as("only sent events").containsKey(key);
                assertThat(stored.put(sent.get(key).key(), sent.get(key))).as("once: " + key).isNull();
            }
        }
        return stored;
    }

    /** Per milestone and kind, the time of the event reported last (ties broken by key): what applying gives. */
    private static void assertMilestonesAreWhatApplyingGives(ApiClient api, java.util.Collection<Sent> events) {
        Map<String, Sent> winner = new HashMap<>();
        for (Sent e : events) {
            String slot = e.shipment() + "|" + e.report()[4];
            winner.merge(slot, e, (a, b) -> stamp(a).compareTo(stamp(b)) >= 0 ? a : b);
        }
        for (int s = 0; s < SHIPMENTS; s++) {
            JsonNode shipment = api.get("/api/v1/shipments/CRASH-" + s).json();
            for (String[] report : REPORTS) {
                Sent expected = winner.get(s + "|" + report[4]);
                JsonNode time = InboxTestSupport.milestone(shipment, report[4]).path(report[5].toLowerCase());
                String actual = time.isNull() || time.isMissingNode() ? null : time.path("utc").asString();
                assertThat(actual).as("CRASH-" + s + " " + report[4] + " " + report[5])
                        .isEqualTo(expected == null ? null : expected.time().toString());
            }
        }
    }

    private static String stamp(Sent e) {
        return e.reportedAt() + "|DCSA:" + e.key();
    }
}

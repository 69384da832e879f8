package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.bench.IngestWorkload;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Senders that do not wait ({@code Prefer: respond-async}) get their receipt once the message is committed;
 * the messages are then applied in batches, exactly as if each had been processed on its own.
 */
class AsyncDeliveryTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    ShipmentRepository shipments;

    @Autowired
    InboxProcessor processor;

    @Autowired
    Inbox inbox;

    private IngestWorkload.ShipmentEvents booked(String prefix) {
        IngestWorkload.ShipmentEvents workload = IngestWorkload.generate(prefix, 1, Instant.now(), prefix.hashCode()).get(0);
        shipments.insertAll(List.of(workload.shipment()));
        return workload;
    }

    private ApiClient.Reply deliverAsync(String json) {
        return admin().header("Prefer", "respond-async").postRaw("/api/v1/inbound/dcsa", json);
    }

    @Test
    void an_async_delivery_is_acknowledged_on_receipt_and_applied_soon_after() throws Exception {
        IngestWorkload.ShipmentEvents shipment = booked("ASYNC");
        List<Long> ids = new ArrayList<>();
        for (String event : shipment.events()) {
            ApiClient.Reply reply = deliverAsync(IngestWorkload.message(List.of(event)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);
            assertThat(reply.header("Preference-Applied")).isEqualTo("respond-async");
            ids.add(reply.json().path("messageId").asLong());
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ids.stream().anyMatch(id -> inbox.find(id).orElseThrow().status() == MessageStatus.RECEIVED)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(ids).allSatisfy(id -> assertThat(inbox.find(id).orElseThrow().status()).isEqualTo(MessageStatus.PROCESSED));
        Shipment applied = shipments.findById(shipment.shipment().id()).orElseThrow();
        assertThat(applied.milestone("EMPTY_RETURNED@" + applied.details().destination().locode()).orElseThrow().actual())
                .isNotNull();
        assertThat(applied.milestones().stream().filter(m -> m.actual() != null)).hasSize(7);
    }

    @Test
    void a_batch_applies_each_event_once_even_when_two_of_its_messages_carry_it() {
        IngestWorkload.ShipmentEvents shipment = booked("BATCH");
        List<String> events = shipment.events();
        long first = inbox.receive(org.harbormaster.event.EventFormat.DCSA, "BATCHTEST",
                IngestWorkload.message(events.subList(0, 8)).getBytes()).message().id();
        long second = inbox.receive(org.harbormaster.event.EventFormat.DCSA, "BATCHTEST",
                IngestWorkload.message(events.subList(6, events.size())).getBytes()).message().id();

        processor.processBatch(List.of(first, second));

        InboxMessage one = inbox.find(first).orElseThrow();
        InboxMessage two = inbox.find(second).orElseThrow();
        assertThat(one.status()).isEqualTo(MessageStatus.PROCESSED);
        assertThat(two.status()).isEqualTo(MessageStatus.PROCESSED);
        assertThat(one.counts().applied() + two.counts().applied()).isEqualTo(events.size());
        assertThat(two.counts().duplicates()).isEqualTo(2);
        assertThat(shipments.findById(shipment.shipment().id()).orElseThrow().milestones().stream()
                .filter(m -> m.actual() != null)).hasSize(7);
    }
}

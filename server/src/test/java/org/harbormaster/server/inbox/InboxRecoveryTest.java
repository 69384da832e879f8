package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a crash leaves behind is finished by the background sweep, without anyone asking. */
class InboxRecoveryTest extends InboxTestSupport {

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_message_acknowledged_but_never_processed_is_processed_by_the_sweep() {
        String container = freshContainer();
        String reference = freshReference("SWEEP");
        book(reference, container);

        Receipt receipt = inbox.receive(EventFormat.DCSA, "TESTCARRIER", message(
                event("S1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(receipt.message().status()).isEqualTo(MessageStatus.RECEIVED);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(receipt.message().id()).equals("PROCESSED"));
        assertThat(actualOf(shipment(reference), "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
    }

    @Test
    void a_large_message_is_acknowledged_once_stored_and_processed_in_the_background() {
        String container = freshContainer();
        String reference = freshReference("LARGE");
        book(reference, container);
        String event = event("L1-" + reference, "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN", container, null);
        String large = "[" + event + " ".repeat(InboundController.PROCESS_WHILE_WAITING_UP_TO_BYTES) + "]";

        ApiClient.Reply reply = deliver(large);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("status").asString()).isEqualTo("RECEIVED");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(reply.json().path("messageId").asLong())
                .equals("PROCESSED"));
        assertThat(actualOf(shipment(reference), "LOADED@CNYTN")).isEqualTo("2026-11-20T05:00:00Z");
    }

    @Test
    void a_message_whose_processing_never_completes_is_quarantined_after_a_few_attempts() {
        Receipt receipt = inbox.receive(EventFormat.DCSA, "TESTCARRIER",
                message(event("P1-" + freshReference("POISON"), "LOADED", "ACTUAL", "2026-11-20T05:00:00Z", "CNYTN",
                        freshContainer(), null)).getBytes(StandardCharsets.UTF_8));
        // As if the process had died while processing it this often.
        jdbc.sql("UPDATE inbox_message SET attempts = ? WHERE id = ?").params(InboxSweeper.MAX_ATTEMPTS,
                receipt.message().id()).update();

        await().atMost(Duration.ofSeconds(30)).until(() -> status(receipt.message().id()).equals("QUARANTINED"));
        String reason = jdbc.sql("SELECT reason FROM parse_failure WHERE message_id = ?").param(receipt.message().id())
                .query(String.class).single();
        assertThat(reason).contains("did not complete after 5 attempts");
    }

    @Test
    void an_event_written_while_its_shipment_was_being_booked_is_applied_by_the_sweep() {
        String container = freshContainer();
        String reference = freshReference("RACE");
        book(reference, container);
        // The event was stored as waiting by a transaction that could not yet see the new shipment.
        inbox.receive(EventFormat.DCSA, "TESTCARRIER", ("[] " + reference).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO milestone_event (event_key, message_id, type, source_code, kind, event_time, location,
                  equipment, carrier_references, empty, source_format, sender, reported_at, received_at,
                  timeliness_seconds, waiting)
                SELECT ?, max(id), 'LOADED', 'LOADED', 'ACTUAL', '2026-11-20T05:00:00Z', 'CNYTN', ARRAY[?], '{}',
                       false, 'DCSA', 'TESTCARRIER', now(), now(), 0, true
                FROM inbox_message""").params("DCSA:race-" + reference, container).update();

        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-11-20T05:00:00Z".equals(
                actualOf(shipment(reference), "LOADED@CNYTN")));
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM inbox_message WHERE id = ?").param(id).query(String.class).single();
    }
}

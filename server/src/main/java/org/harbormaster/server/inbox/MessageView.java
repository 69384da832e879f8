package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.List;
import org.harbormaster.formats.events.ParseFailure;

/**
 * A message as the API shows it: the inbox receipt (answer to a delivery), an item of the message list, or,
 * with {@code events}, the message in detail.
 */
public record MessageView(long messageId, String format, String sender, String sha256, int size, String receivedAt,
                          Boolean duplicate, String status, int attempts, String lastError, String processedAt,
                          EventCounts events, List<FailureView> failures, int revisions,
                          List<MessageEventView> eventsRead) {

    public record FailureView(String where, String reason) {
    }

    /** An event first stored from this message, and the shipments it was applied to. */
    public record MessageEventView(String eventKey, String milestone, String sourceCode, String kind, String eventTime,
                                   String location, List<String> equipment, List<String> references, boolean waiting,
                                   List<AppliedTo> appliedTo) {
    }

    public record AppliedTo(String shipmentId, String reference, String milestoneKey, String outcome) {
    }

    static MessageView of(InboxMessage m, Boolean duplicate, List<MessageEventView> events) {
        return new MessageView(m.id(), InboundFormats.nameOf(m.format()), m.sender(), m.sha256(), m.size(),
                text(m.receivedAt()), duplicate, m.status().name(), m.attempts(), m.lastError(), text(m.processedAt()),
                m.counts(), failures(m.failures()), m.revisions(), events);
    }

    static MessageView of(Receipt receipt) {
        return of(receipt.message(), receipt.duplicate(), null);
    }

    static MessageView of(InboxMessage message) {
        return of(message, null, null);
    }

    private static List<FailureView> failures(List<ParseFailure> failures) {
        return failures.stream().map(f -> new FailureView(f.where(), f.reason())).toList();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public record Page(List<MessageView> items, String nextCursor) {
    }
}

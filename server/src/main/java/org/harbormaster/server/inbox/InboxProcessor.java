package org.harbormaster.server.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harbormaster.event.DataQualityCheck;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.Finding;
import org.harbormaster.event.FindingCode;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.server.shipments.StaleShipmentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one stored message in one transaction: parse it, store each event not stored before, match
 * the new ones to shipments, apply them, record data-quality findings, and set the message's status. A
 * crash anywhere rolls all of it back and leaves the message RECEIVED, to be processed again from the
 * start; a message already processed is never processed again (unless replayed, and then its events are
 * duplicates of themselves). So every acknowledged message is applied exactly once.
 */
@Service
public class InboxProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

    /** Lock conflicts and deadlocks between concurrent messages are settled by running the message again. */
    private static final int TRANSACTION_TRIES = 5;

    private final InboxRepository inbox;
    private final EventRepository events;
    private final FindingRepository findings;
    private final ShipmentMatcher matcher;
    private final EventApplier applier;
    private final TrackingShipments trackingShipments;
    private final InboundFormats formats;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboxProcessor(InboxRepository inbox, EventRepository events, FindingRepository findings, ShipmentMatcher matcher,
                   EventApplier applier, TrackingShipments trackingShipments, InboundFormats formats,
                   PlatformTransactionManager transactions, Clock clock) {
        this.trackingShipments = trackingShipments;
        this.inbox = inbox;
        this.events = events;
        this.findings = findings;
        this.matcher = matcher;
        this.applier = applier;
        this.formats = formats;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Processes the message if it is still RECEIVED; waits if another thread or process is processing it
     * right now ({@code waitForOthers}) or leaves it to them. Never throws for what the message contains; a
     * failure of our own leaves the message RECEIVED, with the error, for the background to retry.
     */
    public void process(long messageId, boolean waitForOthers) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> processLocked(messageId, !waitForOthers));
                return;
            } catch (TransientDataAccessException | StaleShipmentException e) {
                if (attempt == TRANSACTION_TRIES) {
                    recordError(messageId, e);
                    return;
                }
                log.debug("Message {} met a concurrent change, running it again: {}", messageId, e.toString());
                pause(attempt);
            } catch (RuntimeException e) {
                recordError(messageId, e);
                return;
            }
        }
    }

    /**
     * Processes several stored messages in one transaction: their events matched, stored and applied
     * together, each shipment loaded and written once for all of them. Messages another worker holds are
     * skipped (they are being processed). If the batch cannot complete, each message is processed on its
     * own, so one bad message never holds the others back.
     */
    public void processBatch(List<Long> messageIds) {
        if (messageIds.size() == 1) {
            process(messageIds.get(0), false);
            return;
        }
        for (int attempt = 1; attempt <= TRANSACTION_TRIES; attempt++) {
            try {
                List<Long> replays = transaction.execute(status -> processLockedBatch(messageIds));
                replays.forEach(id -> process(id, false));
                return;
            } catch (TransientDataAccessException | StaleShipmentException e) {
                log.debug("Batch of {} messages met a concurrent change, running it again: {}", messageIds.size(),
                        e.toString());
                pause(attempt);
            } catch (RuntimeException e) {
                log.warn("Batch of {} messages failed; processing them one by one", messageIds.size(), e);
                break;
            }
        }
        messageIds.forEach(id -> process(id, false));
    }

    /** Processes the batch's first-time messages; returns the replays among them, which go one by one. */
    private List<Long> processLockedBatch(List<Long> messageIds) {
        List<InboxRepository.Locked> messages = new ArrayList<>();
        List<Long> replays = new ArrayList<>();
        for (InboxRepository.Locked m : inbox.lockAll(messageIds)) {
            if (m.status() != MessageStatus.RECEIVED) {
                continue;
            }
            if (m.processedBefore()) {
                replays.add(m.id());
            } else {
                messages.add(m);
            }
        }
        if (messages.isEmpty()) {
            return replays;
        }
        Instant now = clock.instant();
        Map<Long, ParseOutcome> outcomes = new LinkedHashMap<>();
        Map<Long, List<MilestoneEvent>> readBy = new LinkedHashMap<>();
        Map<String, MilestoneEvent> firstByKey = new LinkedHashMap<>();
        for (InboxRepository.Locked message : messages) {
            ParseOutcome outcome = parse(message);
            outcomes.put(message.id(), outcome);
            List<MilestoneEvent> read = distinctByKey(outcome.events(), message.id());
            readBy.put(message.id(), read);
            read.forEach(e -> firstByKey.putIfAbsent(e.eventKey(), e));
        }
        List<MilestoneEvent> read = new ArrayList<>(firstByKey.values());
        Map<String, List<UUID>> matches = matcher.match(read);
        Set<String> unmatched = new HashSet<>();
        read.forEach(e -> {
            if (matches.get(e.eventKey()).isEmpty()) {
                unmatched.add(e.eventKey());
            }
        });
        for (InboxRepository.Locked message : messages) {
            trackingShipments.createFor(message.format(), message.content(), readBy.get(message.id()), matches,
                    unmatched, now);
        }
        Set<String> fresh = events.insertNew(read, unmatched);
        List<MilestoneEvent> freshEvents = read.stream().filter(e -> fresh.contains(e.eventKey())).toList();
        List<FindingRecord> found = new ArrayList<>(aboutTheEventsAlone(freshEvents, fresh, unmatched));
        for (InboxRepository.Locked message : messages) {
            found.addAll(aboutTheMessage(message, outcomes.get(message.id()).failures()));
        }
        EventApplier.Result applied = applier.apply(freshEvents, matches, now);
        found.addAll(applied.findings());
        findings.insert(found, now);
        List<InboxRepository.Finished> finished = new ArrayList<>(messages.size());
        for (InboxRepository.Locked message : messages) {
            long id = message.id();
            List<MilestoneEvent> own = readBy.get(id).stream()
                    .filter(e -> fresh.contains(e.eventKey()) && firstByKey.get(e.eventKey()).messageId() == id)
                    .toList();
            int appliedCount = (int) own.stream().filter(e -> applied.appliedKeys().contains(e.eventKey())).count();
            int waiting = (int) own.stream().filter(e -> unmatched.contains(e.eventKey())).count();
            EventCounts counts = new EventCounts(readBy.get(id).size(), readBy.get(id).size() - own.size(),
                    appliedCount, waiting);
            ParseOutcome outcome = outcomes.get(id);
            finished.add(new InboxRepository.Finished(id, outcome.hasFailures() ? MessageStatus.QUARANTINED
                    : MessageStatus.PROCESSED, counts, outcome.failures()));
        }
        inbox.finishAll(finished, now);
        return replays;
    }

    /** After the last of a message's attempts: quarantined with the error, for an operator to look at. */
    void giveUp(long messageId, int attempts, String lastError) {
        String reason = "processing did not complete after " + attempts + " attempts"
                + (lastError == null ? " (the process stopped while processing it)" : ": " + lastError);
        transaction.executeWithoutResult(status -> inbox.lock(messageId, true)
                .filter(m -> m.status() == MessageStatus.RECEIVED)
                .ifPresent(m -> {
                    inbox.forgetFailures(messageId);
                    inbox.finish(messageId, MessageStatus.QUARANTINED, EventCounts.NONE,
                            List.of(new ParseFailure("message", reason)), clock.instant());
                }));
    }

    private void processLocked(long messageId, boolean skipLocked) {
        Optional<InboxRepository.Locked> locked = inbox.lock(messageId, skipLocked);
        if (locked.isEmpty() || locked.get().status() != MessageStatus.RECEIVED) {
            return;
        }
        InboxRepository.Locked message = locked.get();
        Instant now = clock.instant();
        ParseOutcome outcome = parse(message);
        List<MilestoneEvent> read = distinctByKey(outcome.events(), messageId);
        Map<String, List<UUID>> matches = matcher.match(read);
        Set<String> unmatched = new HashSet<>();
        read.forEach(e -> {
            if (matches.get(e.eventKey()).isEmpty()) {
                unmatched.add(e.eventKey());
            }
        });
        trackingShipments.createFor(message.format(), message.content(), read, matches, unmatched, now);
        Set<String> fresh = events.insertNew(read, unmatched);
        List<MilestoneEvent> toApply = new ArrayList<>(read.stream().filter(e -> fresh.contains(e.eventKey())).toList());
        Set<String> reread = message.processedBefore() ? reread(messageId, read, fresh, matches, unmatched) : Set.of();
        read.stream().filter(e -> reread.contains(e.eventKey())).forEach(toApply::add);

        List<FindingRecord> found = new ArrayList<>(aboutTheEventsAlone(toApply, fresh, unmatched));
        found.addAll(aboutTheMessage(message, outcome.failures()));
        EventApplier.Result applied = applier.apply(toApply, matches, now);
        found.addAll(applied.findings());
        if (message.processedBefore()) {
            inbox.forgetFailures(messageId);
            findings.deleteAboutMessage(messageId);
        }
        findings.insert(found, now);

        MessageStatus status = outcome.hasFailures() ? MessageStatus.QUARANTINED : MessageStatus.PROCESSED;
        inbox.finish(messageId, status, counts(read, fresh, reread, unmatched, applied.appliedKeys()),
                outcome.failures(), now);
    }

    /**
     * On a replay, the events this message stored the first time come back, perhaps with identifiers fixed
     * (a parser keeps an event whose container number it could not read, to match it by its other
     * references). Their identifiers are updated and they are matched again; they are applied to shipments
     * they were not applied to yet (the key being the same, the times they set stay as they are). Returns
     * their keys; {@code matches} is narrowed to the shipments that do not have them yet.
     */
    private Set<String> reread(long messageId, List<MilestoneEvent> read, Set<String> fresh,
                               Map<String, List<UUID>> matches, Set<String> unmatched) {
        List<MilestoneEvent> known = read.stream().filter(e -> !fresh.contains(e.eventKey())).toList();
        Set<String> ours = events.updateIdentifiers(messageId, known, unmatched);
        Map<String, Set<UUID>> appliedBefore = events.shipmentsApplied(ours);
        for (String key : ours) {
            Set<UUID> already = appliedBefore.getOrDefault(key, Set.of());
            matches.put(key, matches.get(key).stream().filter(id -> !already.contains(id)).toList());
        }
        return ours;
    }

    /** Each event read counts once: applied now, waiting for a shipment, or a duplicate of one known before. */
    private static EventCounts counts(List<MilestoneEvent> read, Set<String> fresh, Set<String> reread,
                                      Set<String> unmatched, Set<String> applied) {
        int appliedNow = 0;
        int waiting = 0;
        int duplicates = 0;
        for (MilestoneEvent event : read) {
            String key = event.eventKey();
            boolean ours = fresh.contains(key) || reread.contains(key);
            if (applied.contains(key)) {
                appliedNow++;
            } else if (ours && unmatched.contains(key)) {
                waiting++;
            } else if (!fresh.contains(key)) {
                duplicates++;
            }
        }
        return new EventCounts(read.size(), duplicates, appliedNow, waiting);
    }

    /** What the parser made of the message; a parser that throws anyway quarantines it, never fails the caller. */
    private ParseOutcome parse(InboxRepository.Locked message) {
        var parser = formats.parser(message.format());
        if (parser.isEmpty()) {
            return ParseOutcome.failed("message", "no parser for the format " + message.format() + " in this version");
        }
        try {
            return parser.get().parse(message.content(),
                    new MessageContext(message.format(), message.sender(), message.receivedAt(), message.id()));
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("Parser for {} failed on message {}", message.format(), message.id(), e);
            return ParseOutcome.failed("message", "parser error: " + e);
        }
    }

    /** The message's events with its id, each key once (a message repeating an event has it once). */
    private static List<MilestoneEvent> distinctByKey(List<MilestoneEvent> events, long messageId) {
        Map<String, MilestoneEvent> byKey = new LinkedHashMap<>();
        for (MilestoneEvent event : events) {
            byKey.putIfAbsent(event.eventKey(), event.fromMessage(messageId));
        }
        return new ArrayList<>(byKey.values());
    }

    /** Findings about events stored now (not those re-read on a replay: they were recorded the first time). */
    private static List<FindingRecord> aboutTheEventsAlone(List<MilestoneEvent> events, Set<String> fresh,
                                                           Set<String> unmatched) {
        List<FindingRecord> found = new ArrayList<>();
        for (MilestoneEvent event : events) {
            if (!fresh.contains(event.eventKey())) {
                continue;
            }
            for (Finding finding : DataQualityCheck.check(event, null)) {
                found.add(new FindingRecord(event.eventKey(), event.messageId(), null, finding.code(),
                        finding.detail(), event.source()));
            }
            if (unmatched.contains(event.eventKey())) {
                found.add(new FindingRecord(event.eventKey(), event.messageId(), null, FindingCode.UNMATCHED,
                        "no shipment has container " + event.equipment() + " or reference " + event.references()
                                .stream().map(EventRepository::reference).toList() + " (yet)", event.source()));
            }
        }
        return found;
    }

    /** An identifier whose check digit is wrong makes its part of the message unreadable; counted against the source. */
    private static List<FindingRecord> aboutTheMessage(InboxRepository.Locked message, List<ParseFailure> failures) {
        EventSource source = new EventSource(message.format(), message.sender());
        return failures.stream()
                .filter(f -> f.reason() != null && f.reason().toLowerCase(Locale.ROOT).contains("check digit"))
                .map(f -> new FindingRecord(null, message.id(), null, FindingCode.BAD_CHECK_DIGIT, f.toString(), source))
                .toList();
    }

    private void recordError(long messageId, RuntimeException e) {
        log.warn("Message {} could not be processed; it stays RECEIVED and will be tried again", messageId, e);
        try {
            inbox.recordError(messageId, e.toString());
        } catch (RuntimeException alsoFailed) {
            log.warn("Could not record the error of message {}: {}", messageId, alsoFailed.toString());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}

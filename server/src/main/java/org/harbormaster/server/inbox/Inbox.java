package org.harbormaster.server.inbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way every message comes in: stored raw, with its SHA-256, and committed before {@link #receive}
 * returns, so that nothing acknowledged can be lost; then processed by {@link InboxProcessor}. The same
 * message delivered again is recognised by format, sender and hash, and has no second effect.
 */
@Service
public class Inbox {

    private final InboxRepository messages;
    private final InboxProcessor processor;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Inbox(InboxRepository messages, InboxProcessor processor, PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.processor = processor;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores the message (committed on return) without processing it. */
    public Receipt receive(EventFormat format, String sender, byte[] content) {
        String source = new EventSource(format, sender).sender();
        InboxRepository.Stored stored = messages.store(format, source, content, sha256(content), clock.instant());
        return new Receipt(message(stored.id()), !stored.isNew());
    }

    /**
     * Stores the message, then processes it unless it was processed before; the receipt tells where it
     * stands afterwards. A message already being processed by someone else is waited for.
     */
    public Receipt receiveAndProcess(EventFormat format, String sender, byte[] content) {
        InboxRepository.Stored stored = messages.store(format, new EventSource(format, sender).sender(), content,
                sha256(content), clock.instant());
        if (!stored.isNew()) {
            InboxMessage before = message(stored.id());
            if (before.status() != MessageStatus.RECEIVED) {
                return new Receipt(before, true);
            }
        }
        processor.process(stored.id(), true);
        return new Receipt(message(stored.id()), !stored.isNew());
    }

    /** Processes a stored message unless it was processed before; returns where it stands afterwards. */
    public InboxMessage process(long id) {
        processor.process(id, true);
        return message(id);
    }

    /**
     * Processes a message again, from its latest content or from {@code fixedContent} (a corrected version,
     * kept next to the original, which is never changed). Events it had already yielded are duplicates and
     * have no second effect.
     */
    public Optional<InboxMessage> replay(long id, byte[] fixedContent, String by) {
        if (!messages.exists(id)) {
            return Optional.empty();
        }
        boolean fixed = fixedContent != null && fixedContent.length > 0;
        transaction.executeWithoutResult(status -> messages.reopen(id, fixed ? fixedContent : null,
                fixed ? sha256(fixedContent) : null, by, clock.instant()));
        processor.process(id, true);
        return messages.find(id);
    }

    public Optional<InboxMessage> find(long id) {
        return messages.find(id);
    }

    public List<InboxMessage> list(MessageStatus status, EventFormat format, Long beforeId, int limit) {
        return messages.list(status, format, beforeId, limit);
    }

    public Optional<byte[]> content(long id, boolean original) {
        return messages.content(id, original);
    }

    private InboxMessage message(long id) {
        return messages.find(id).orElseThrow(() -> new IllegalStateException("message " + id + " vanished"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}

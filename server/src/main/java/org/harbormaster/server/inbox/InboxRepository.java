package org.harbormaster.server.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.ParseFailure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Inbox messages, their fixed revisions and their parse failures, in plain SQL. */
@Repository
class InboxRepository {

    private static final String MESSAGE_COLUMNS = """
            m.id, m.format, m.sender, m.sha256, octet_length(m.content) AS size, m.received_at, m.status,
            m.attempts, m.last_error, m.processed_at, m.events_read, m.events_duplicate, m.events_applied,
            m.events_unmatched,
            (SELECT count(*) FROM inbox_message_revision r WHERE r.message_id = m.id) AS revisions""";

    private final JdbcTemplate jdbc;

    InboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, boolean isNew) {
    }

    /** A message locked for processing, with the content to parse: the latest fixed revision, else the original. */
    record Locked(long id, EventFormat format, String sender, Instant receivedAt, MessageStatus status,
                  boolean processedBefore, byte[] content) {
    }

    /** A message the background is about to process, with how often processing it was started. */
    record Claimed(long id, int attempts, String lastError) {
    }

    /**
     * Stores a message, committed when this returns (it runs in no transaction of its own), unless the same
     * one (format, sender, content) is stored already: then that one's id.
     */
    Stored store(EventFormat format, String sender, byte[] content, String sha256, Instant receivedAt) {
        List<Long> inserted = jdbc.queryForList("""
                INSERT INTO inbox_message (format, sender, content, sha256, received_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (format, sender, sha256) DO NOTHING
                RETURNING id""", Long.class, format.name(), sender, content, sha256, time(receivedAt));
        if (!inserted.isEmpty()) {
            return new Stored(inserted.get(0), true);
        }
        Long existing = jdbc.queryForObject("SELECT id FROM inbox_message WHERE format = ? AND sender = ? AND sha256 = ?",
                Long.class, format.name(), sender, sha256);
        return new Stored(existing, false);
    }

    /** Locks the message row for this transaction; with {@code skipLocked}, empty if someone else holds it. */
    Optional<Locked> lock(long id, boolean skipLocked) {
        return jdbc.query("""
                SELECT m.id, m.format, m.sender, m.received_at, m.status, m.processed_at IS NOT NULL AS processed_before,
                       coalesce((SELECT r.content FROM inbox_message_revision r WHERE r.message_id = m.id
                                 ORDER BY r.revision DESC LIMIT 1), m.content) AS content
                FROM inbox_message m WHERE m.id = ?
                FOR UPDATE""" + (skipLocked ? " SKIP LOCKED" : ""),
                (rs, i) -> new Locked(rs.getLong("id"), EventFormat.valueOf(rs.getString("format")),
                        rs.getString("sender"), instant(rs, "received_at"),
                        MessageStatus.valueOf(rs.getString("status")), rs.getBoolean("processed_before"),
                        rs.getBytes("content")), id)
                .stream().findFirst();
    }

    /** Locks every message of a batch in one statement, skipping those another worker holds. */
    List<Locked> lockAll(List<Long> ids) {
        return jdbc.query("""
                SELECT m.id, m.format, m.sender, m.received_at, m.status, m.processed_at IS NOT NULL AS processed_before,
                       coalesce((SELECT r.content FROM inbox_message_revision r WHERE r.message_id = m.id
                                 ORDER BY r.revision DESC LIMIT 1), m.content) AS content
                FROM inbox_message m WHERE m.id = ANY(?)
                ORDER BY m.id
                FOR UPDATE SKIP LOCKED""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
                (rs, i) -> new Locked(rs.getLong("id"), EventFormat.valueOf(rs.getString("format")),
                        rs.getString("sender"), instant(rs, "received_at"),
                        MessageStatus.valueOf(rs.getString("status")), rs.getBoolean("processed_before"),
                        rs.getBytes("content")));
    }

    /** The end of processing for a batch of messages, in two batched statements. */
    record Finished(long id, MessageStatus status, EventCounts counts, List<ParseFailure> failures) {
    }

    void finishAll(List<Finished> batch, Instant at) {
        List<Object[]> failureRows = new ArrayList<>();
        List<Object[]> statusRows = new ArrayList<>(batch.size());
        for (Finished f : batch) {
            for (int i = 0; i < f.failures().size(); i++) {
                ParseFailure failure = f.failures().get(i);
                failureRows.add(new Object[]{f.id(), i, orDash(failure.where()), orDash(failure.reason())});
            }
            statusRows.add(new Object[]{f.status().name(), time(at), f.counts().read(), f.counts().duplicates(),
                    f.counts().applied(), f.counts().unmatched(), f.id()});
        }
        if (!failureRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO parse_failure (message_id, position, where_in_message, reason)"
                    + " VALUES (?, ?, ?, ?)", failureRows);
        }
        jdbc.batchUpdate("""
                UPDATE inbox_message SET status = ?, processed_at = ?, last_error = NULL, events_read = ?,
                  events_duplicate = ?, events_applied = ?, events_unmatched = ?
                WHERE id = ?""", statusRows);
    }

    /** Records the end of processing: status, counts and the failures of this run. */
    void finish(long id, MessageStatus status, EventCounts counts, List<ParseFailure> failures, Instant at) {
        if (!failures.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(failures.size());
            for (int i = 0; i < failures.size(); i++) {
                ParseFailure f = failures.get(i);
                rows.add(new Object[]{id, i, orDash(f.where()), orDash(f.reason())});
            }
            jdbc.batchUpdate("INSERT INTO parse_failure (message_id, position, where_in_message, reason)"
                    + " VALUES (?, ?, ?, ?)", rows);
        }
        jdbc.update("""
                UPDATE inbox_message SET status = ?, processed_at = ?, last_error = NULL, events_read = ?,
                  events_duplicate = ?, events_applied = ?, events_unmatched = ?
                WHERE id = ?""", status.name(), time(at), counts.read(), counts.duplicates(), counts.applied(),
                counts.unmatched(), id);
    }

    /** Messages still RECEIVED that arrived before a moment, after the message {@code afterId}, oldest first. */
    List<Long> receivedBefore(Instant receivedBefore, long afterId, int limit) {
        return jdbc.queryForList("""
                SELECT id FROM inbox_message WHERE status = 'RECEIVED' AND received_at < ? AND id > ?
                ORDER BY id LIMIT ?""", Long.class, time(receivedBefore), afterId, limit);
    }

    /**
     * Counts an attempt to process a message that is still RECEIVED and that nobody is processing right now,
     * committed before processing starts (it runs in no transaction of its own), so that a message which
     * crashes the process every time is recognised after a few restarts instead of crashing it forever.
     * Empty if the message is done or being processed.
     */
    Optional<Claimed> startAttempt(long id) {
        return jdbc.query("""
                UPDATE inbox_message SET attempts = attempts + 1
                WHERE id = (SELECT id FROM inbox_message WHERE id = ? AND status = 'RECEIVED' FOR UPDATE SKIP LOCKED)
                RETURNING id, attempts, last_error""",
                (rs, i) -> new Claimed(rs.getLong("id"), rs.getInt("attempts"), rs.getString("last_error")), id)
                .stream().findFirst();
    }

    /** An attempt that failed with an error (not a parse failure): counted, and kept for the operator to see. */
    void recordError(long id, String error) {
        jdbc.update("UPDATE inbox_message SET attempts = attempts + 1, last_error = ? WHERE id = ? AND status = 'RECEIVED'",
                error, id);
    }

    /** Forgets the failures of an earlier processing run, before the message is processed again. */
    void forgetFailures(long id) {
        jdbc.update("DELETE FROM parse_failure WHERE message_id = ?", id);
    }

    /** Puts a message back to be processed again, with a fixed revision of its content if one is given. */
    void reopen(long id, byte[] fixedContent, String sha256, String by, Instant at) {
        if (fixedContent != null) {
            jdbc.update("""
                    INSERT INTO inbox_message_revision (message_id, revision, content, sha256, revised_at, revised_by)
                    SELECT ?, coalesce(max(revision), 0) + 1, ?, ?, ?, ? FROM inbox_message_revision WHERE message_id = ?""",
                    id, fixedContent, sha256, time(at), by, id);
        }
        jdbc.update("UPDATE inbox_message SET status = 'RECEIVED', attempts = 0, last_error = NULL WHERE id = ?", id);
    }

    boolean exists(long id) {
        return !jdbc.queryForList("SELECT 1 FROM inbox_message WHERE id = ?", Integer.class, id).isEmpty();
    }

    Optional<InboxMessage> find(long id) {
        return withFailures(jdbc.query("SELECT " + MESSAGE_COLUMNS + " FROM inbox_message m WHERE m.id = ?",
                InboxRepository::message, id)).stream().findFirst();
    }

    /** Newest first, optionally of one status and format, before the message {@code beforeId} (the cursor). */
    List<InboxMessage> list(MessageStatus status, EventFormat format, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + MESSAGE_COLUMNS + " FROM inbox_message m WHERE true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND m.status = ?");
            args.add(status.name());
        }
        if (format != null) {
            sql.append(" AND m.format = ?");
            args.add(format.name());
        }
        if (beforeId != null) {
            sql.append(" AND m.id < ?");
            args.add(beforeId);
        }
        sql.append(" ORDER BY m.id DESC LIMIT ?");
        args.add(limit);
        return withFailures(jdbc.query(sql.toString(), InboxRepository::message, args.toArray()));
    }

    /** The original content as delivered, or the latest fixed revision of it. */
    Optional<byte[]> content(long id, boolean original) {
        String sql = original ? "SELECT content FROM inbox_message WHERE id = ?" : """
                SELECT coalesce((SELECT r.content FROM inbox_message_revision r WHERE r.message_id = m.id
                                 ORDER BY r.revision DESC LIMIT 1), m.content)
                FROM inbox_message m WHERE m.id = ?""";
        return jdbc.query(sql, (rs, i) -> rs.getBytes(1), id).stream().findFirst();
    }

    private List<InboxMessage> withFailures(List<InboxMessage> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Long[] ids = messages.stream().map(InboxMessage::id).toArray(Long[]::new);
        Map<Long, List<ParseFailure>> failures = new HashMap<>();
        jdbc.query("""
                SELECT message_id, where_in_message, reason FROM parse_failure
                WHERE message_id = ANY(?) ORDER BY message_id, position""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)),
                rs -> {
                    failures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ParseFailure(rs.getString(2), rs.getString(3)));
                });
        return messages.stream().map(m -> m.withFailures(failures.getOrDefault(m.id(), List.of()))).toList();
    }

    private static InboxMessage message(ResultSet rs, int row) throws SQLException {
        Integer read = (Integer) rs.getObject("events_read");
        EventCounts counts = read == null ? null : new EventCounts(read, rs.getInt("events_duplicate"),
                rs.getInt("events_applied"), rs.getInt("events_unmatched"));
        return new InboxMessage(rs.getLong("id"), EventFormat.valueOf(rs.getString("format")), rs.getString("sender"),
                rs.getString("sha256"), rs.getInt("size"), instant(rs, "received_at"),
                MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "processed_at"), counts, rs.getInt("revisions"), List.of());
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}

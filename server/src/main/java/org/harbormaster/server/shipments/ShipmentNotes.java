package org.harbormaster.server.shipments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Operators' free-text notes on a shipment (table shipment_note), newest first; never edited, never lost. */
@Repository
public class ShipmentNotes {

    public static final int MAX_LENGTH = 4000;

    public record Note(long id, Instant writtenAt, String writtenBy, String text) {

        /** "2026-11-25 10:00 UTC" */
        public String when() {
            return writtenAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }

    private final JdbcTemplate jdbc;

    ShipmentNotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Note> of(UUID shipmentId) {
        return jdbc.query("""
                SELECT id, written_at, written_by, text FROM shipment_note
                WHERE shipment_id = ? ORDER BY written_at DESC, id DESC""",
                (rs, i) -> new Note(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)),
                shipmentId);
    }

    /** Adds a note; blank text is refused, text longer than {@link #MAX_LENGTH} characters too. */
    public void add(UUID shipmentId, String by, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs some text.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note may have at most " + MAX_LENGTH + " characters.");
        }
        jdbc.update("INSERT INTO shipment_note (shipment_id, written_at, written_by, text) VALUES (?, ?, ?, ?)",
                shipmentId, Timestamp.from(at), by, text.strip());
    }
}

package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Data-quality findings, written a message's worth at a time. */
@Repository
class FindingRepository {

    private final JdbcTemplate jdbc;

    FindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Collection<FindingRecord> findings, Instant at) {
        if (findings.isEmpty()) {
            return;
        }
        List<FindingRecord> list = List.copyOf(findings);
        String[][] columns = new String[7][list.size()];
        for (int i = 0; i < list.size(); i++) {
            FindingRecord f = list.get(i);
            columns[0][i] = f.eventKey();
            columns[1][i] = Long.toString(f.messageId());
            columns[2][i] = f.shipmentId() == null ? null : f.shipmentId().toString();
            columns[3][i] = f.code().name();
            columns[4][i] = f.detail();
            columns[5][i] = f.source().format().name();
            columns[6][i] = f.source().sender();
        }
        jdbc.update("""
                INSERT INTO data_quality_finding (event_key, message_id, shipment_id, code, detail, source_format,
                  sender, found_at)
                SELECT k, m::bigint, s::uuid, c, d, f, snd, ?
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(k, m, s, c, d, f, snd)""",
                ps -> {
                    ps.setObject(1, InboxRepository.time(at));
                    for (int c = 0; c < columns.length; c++) {
                        ps.setArray(c + 2, ps.getConnection().createArrayOf("text", columns[c]));
                    }
                });
    }

    /** Findings about a message as a whole (its unreadable parts), which a new processing run records afresh. */
    void deleteAboutMessage(long messageId) {
        jdbc.update("DELETE FROM data_quality_finding WHERE message_id = ? AND event_key IS NULL", messageId);
    }
}

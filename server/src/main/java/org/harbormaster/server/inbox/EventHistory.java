package org.harbormaster.server.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.event.EventFormat;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.server.inbox.MessageView.AppliedTo;
import org.harbormaster.server.inbox.MessageView.MessageEventView;
import org.harbormaster.server.inbox.ShipmentEventView.FindingView;
import org.harbormaster.server.inbox.ShipmentEventView.SourceView;
import org.harbormaster.server.inbox.ShipmentEventView.VesselView;
import org.harbormaster.server.shipments.ShipmentView.TimeView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads events back: a shipment's history with sources, and what a message yielded. */
@Repository
public class EventHistory {

    private final JdbcTemplate jdbc;

    EventHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest event first (by event time, then by report time). */
    public List<ShipmentEventView> ofShipment(UUID shipmentId, int limit) {
        List<ShipmentEventView> events = jdbc.query("""
                SELECT e.*, a.milestone_key, a.outcome, a.applied_at
                FROM event_application a JOIN milestone_event e ON e.event_key = a.event_key
                WHERE a.shipment_id = ?
                ORDER BY e.event_time DESC, e.reported_at DESC, e.event_key
                LIMIT ?""", (rs, i) -> shipmentEvent(rs), shipmentId, limit);
        if (events.isEmpty()) {
            return events;
        }
        Map<String, List<FindingView>> findings = new HashMap<>();
        jdbc.query("""
                SELECT event_key, code, detail FROM data_quality_finding
                WHERE event_key = ANY(?) AND (shipment_id IS NULL OR shipment_id = ?) ORDER BY id""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text",
                            events.stream().map(ShipmentEventView::eventKey).toArray()));
                    ps.setObject(2, shipmentId);
                },
                rs -> {
                    findings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new FindingView(rs.getString(2), rs.getString(3)));
                });
        return events.stream().map(e -> new ShipmentEventView(e.eventKey(), e.milestone(), e.sourceCode(), e.kind(),
                e.eventTime(), e.location(), e.facility(), e.mode(), e.equipment(), e.references(), e.vessel(),
                e.empty(), e.source(), e.reportedAt(), e.receivedAt(), e.timelinessSeconds(), e.appliedAt(),
                e.milestoneKey(), e.outcome(), findings.getOrDefault(e.eventKey(), List.of()))).toList();
    }

    /** An event that matched no shipment yet and waits for one to be booked. */
    public record WaitingEvent(String eventKey, String type, String sourceCode, String kind, Instant eventTime,
                               String location, List<String> equipment, List<String> references, String format,
                               String sender, Instant receivedAt, long messageId) {
    }

    /** The newest events still waiting for a shipment (at most {@code limit}), and how many wait in all. */
    public List<WaitingEvent> waiting(int limit) {
        return jdbc.query("""
                SELECT event_key, type, source_code, kind, event_time, location, equipment, carrier_references,
                       source_format, sender, received_at, message_id
                FROM milestone_event WHERE waiting ORDER BY received_at DESC, event_key LIMIT ?""",
                (rs, i) -> new WaitingEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), EventRepository.strings(rs.getArray(7)),
                        EventRepository.strings(rs.getArray(8)), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), rs.getLong(12)), limit);
    }

    public long waitingCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM milestone_event WHERE waiting", Long.class);
        return n == null ? 0 : n;
    }

    /** The events first stored from this message (copies of events known before are not), in key order. */
    List<MessageEventView> ofMessage(long messageId) {
        Map<String, List<AppliedTo>> applied = new HashMap<>();
        jdbc.query("""
                SELECT a.event_key, a.shipment_id, s.reference, a.milestone_key, a.outcome
                FROM event_application a JOIN milestone_event e ON e.event_key = a.event_key
                JOIN shipment s ON s.id = a.shipment_id
                WHERE e.message_id = ? ORDER BY a.event_key, s.reference""",
                rs -> {
                    applied.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new AppliedTo(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }, messageId);
        return jdbc.query("SELECT * FROM milestone_event WHERE message_id = ? ORDER BY event_key",
                (rs, i) -> new MessageEventView(rs.getString("event_key"), rs.getString("type"),
                        rs.getString("source_code"), rs.getString("kind"), instantText(rs, "event_time"),
                        rs.getString("location"), EventRepository.strings(rs.getArray("equipment")),
                        EventRepository.strings(rs.getArray("carrier_references")), rs.getBoolean("waiting"),
                        applied.getOrDefault(rs.getString("event_key"), List.of())),
                messageId);
    }

    private static ShipmentEventView shipmentEvent(ResultSet rs) throws SQLException {
        String location = rs.getString("location");
        Instant eventTime = InboxRepository.instant(rs, "event_time");
        String local = null;
        if (location != null) {
            try {
                local = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(eventTime.atZone(UnLocode.of(location).zone()));
            } catch (RuntimeException unknownZone) {
                local = null;
            }
        }
        String imo = rs.getString("vessel_imo");
        String vesselName = rs.getString("vessel_name");
        String voyage = rs.getString("voyage");
        VesselView vessel = vesselName == null && imo == null && voyage == null ? null
                : new VesselView(vesselName, imo, voyage);
        return new ShipmentEventView(rs.getString("event_key"), rs.getString("type"), rs.getString("source_code"),
                rs.getString("kind"), new TimeView(eventTime.toString(), local), location, rs.getString("facility"),
                rs.getString("mode"), EventRepository.strings(rs.getArray("equipment")),
                EventRepository.strings(rs.getArray("carrier_references")), vessel, rs.getBoolean("empty"),
                new SourceView(InboundFormats.nameOf(EventFormat.valueOf(rs.getString("source_format"))),
                        rs.getString("sender"), rs.getLong("message_id")),
                instantText(rs, "reported_at"), instantText(rs, "received_at"), rs.getLong("timeliness_seconds"),
                instantText(rs, "applied_at"), rs.getString("milestone_key"), rs.getString("outcome"), List.of());
    }

    private static String instantText(ResultSet rs, String column) throws SQLException {
        Instant instant = InboxRepository.instant(rs, column);
        return instant == null ? null : instant.toString();
    }
}

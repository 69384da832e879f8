package org.harbormaster.server.inbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Milestone events (each stored once, by key) and their applications to shipments, in plain SQL. Writes
 * take a whole message's events in one statement: the events travel as parallel arrays, unnested by
 * PostgreSQL, so a file of thousands of events is one round trip.
 */
@Repository
class EventRepository {

    /** Separates the references of one event inside one array element; never part of a reference. */
    private static final String UNIT_SEPARATOR = "\u001f";

    private static final String EVENT_COLUMNS = """
            e.event_key, e.message_id, e.type, e.source_code, e.kind, e.event_time, e.location, e.facility, e.mode,
            e.equipment, e.carrier_references, e.vessel_name, e.vessel_imo, e.voyage, e.empty, e.source_format,
            e.sender, e.reported_at, e.received_at""";

    private final JdbcTemplate jdbc;

    EventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One event applied to one shipment. */
    record Application(UUID shipmentId, String eventKey, String milestoneKey, String outcome) {
    }

    /**
     * Stores the events whose key is not stored yet, marking as waiting those in {@code waiting}; returns the
     * keys that were new. A key already stored (by another message, or by this one before a replay) is a
     * duplicate and is left as it is. Keys must be unique within {@code events}.
     */
    Set<String> insertNew(List<MilestoneEvent> events, Set<String> waiting) {
        if (events.isEmpty()) {
            return Set.of();
        }
        int n = events.size();
        String[][] columns = new String[20][n];
        for (int i = 0; i < n; i++) {
            MilestoneEvent e = events.get(i);
            String[] row = {e.eventKey(), Long.toString(e.messageId()), name(e.type()), e.sourceCode(),
                    e.kind().name(), e.eventTime().toString(), text(e.location()), e.facility(), name(e.mode()),
                    String.join(" ", e.equipment().stream().map(ContainerNumber::toString).toList()),
                    String.join(UNIT_SEPARATOR, e.references().stream().map(EventRepository::reference).toList()),
                    e.vesselName(), e.vesselImo() == null ? null : e.vesselImo().digits(), e.voyage(),
                    Boolean.toString(e.empty()), e.source().format().name(), e.source().sender(),
                    e.reportedAt().toString(), e.receivedAt().toString(),
                    Boolean.toString(waiting.contains(e.eventKey()))};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        List<String> inserted = jdbc.query("""
                INSERT INTO milestone_event (event_key, message_id, type, source_code, kind, event_time, location,
                  facility, mode, equipment, carrier_references, vessel_name, vessel_imo, voyage, empty, source_format,
                  sender, reported_at, received_at, timeliness_seconds, waiting)
                SELECT k, m::bigint, t, sc, kd, et::timestamptz, loc, fac, md, string_to_array(eq, ' '),
                       string_to_array(rf, chr(31)), vn, imo, voy, em::boolean, sf, snd, rep::timestamptz,
                       rcv::timestamptz, extract(epoch FROM rcv::timestamptz - et::timestamptz)::bigint, w::boolean
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(k, m, t, sc, kd, et, loc, fac, md, eq, rf, vn, imo, voy, em, sf, snd, rep, rcv, w)
                ORDER BY k
                ON CONFLICT (event_key) DO NOTHING
                RETURNING event_key""",
                ps -> {
                    for (int c = 0; c < columns.length; c++) {
                        ps.setArray(c + 1, ps.getConnection().createArrayOf("text", columns[c]));
                    }
                },
                (rs, i) -> rs.getString(1));
        return new HashSet<>(inserted);
    }

    void insertApplications(List<Application> applications, Instant at) {
        if (applications.isEmpty()) {
            return;
        }
        String[][] columns = new String[4][applications.size()];
        for (int i = 0; i < applications.size(); i++) {
            Application a = applications.get(i);
            columns[0][i] = a.shipmentId().toString();
            columns[1][i] = a.eventKey();
            columns[2][i] = a.milestoneKey();
            columns[3][i] = a.outcome();
        }
        jdbc.update("""
                INSERT INTO event_application (shipment_id, event_key, milestone_key, outcome, applied_at)
                SELECT s::uuid, k, mk, o, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(s, k, mk, o)
                ON CONFLICT (shipment_id, event_key) DO NOTHING""",
                ps -> {
                    ps.setObject(1, InboxRepository.time(at));
                    for (int c = 0; c < columns.length; c++) {
                        ps.setArray(c + 2, ps.getConnection().createArrayOf("text", columns[c]));
                    }
                });
    }

    /**
     * Updates the containers and references of those events that {@code messageId} itself stored (on a
     * replay of it, with a fixed content), and whether they wait; returns their keys.
     */
    Set<String> updateIdentifiers(long messageId, List<MilestoneEvent> events, Set<String> waiting) {
        if (events.isEmpty()) {
            return Set.of();
        }
        int n = events.size();
        String[][] columns = new String[4][n];
        for (int i = 0; i < n; i++) {
            MilestoneEvent e = events.get(i);
            columns[0][i] = e.eventKey();
            columns[1][i] = String.join(" ", e.equipment().stream().map(ContainerNumber::toString).toList());
            columns[2][i] = String.join(UNIT_SEPARATOR, e.references().stream().map(EventRepository::reference).toList());
            columns[3][i] = Boolean.toString(waiting.contains(e.eventKey()));
        }
        return new HashSet<>(jdbc.query("""
                UPDATE milestone_event e SET equipment = string_to_array(u.eq, ' '),
                  carrier_references = string_to_array(u.rf, chr(31)), waiting = u.w::boolean
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, eq, rf, w)
                WHERE e.event_key = u.k AND e.message_id = ?
                RETURNING e.event_key""",
                ps -> {
                    for (int c = 0; c < columns.length; c++) {
                        ps.setArray(c + 1, ps.getConnection().createArrayOf("text", columns[c]));
                    }
                    ps.setLong(5, messageId);
                },
                (rs, i) -> rs.getString(1)));
    }

    /** For each of these events, the shipments it was applied to. */
    Map<String, Set<UUID>> shipmentsApplied(Collection<String> keys) {
        Map<String, Set<UUID>> applied = new HashMap<>();
        if (keys.isEmpty()) {
            return applied;
        }
        jdbc.query("SELECT event_key, shipment_id FROM event_application WHERE event_key = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())),
                rs -> {
                    applied.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        return applied;
    }

    /** The events no longer wait: they were applied to the shipment that appeared. */
    void stopWaiting(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.update("UPDATE milestone_event SET waiting = false WHERE event_key = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())));
    }

    /**
     * Locks the waiting events that name one of these containers or references ('TYPE:VALUE'), skipping
     * those another transaction is applying right now.
     */
    List<MilestoneEvent> lockWaiting(Collection<String> containers, Collection<String> references) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + """
                 FROM milestone_event e
                WHERE e.waiting AND (e.equipment && ?::text[] OR e.carrier_references && ?::text[])
                ORDER BY e.event_key
                FOR UPDATE SKIP LOCKED""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", containers.toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", references.toArray()));
                },
                (rs, i) -> event(rs));
    }

    /**
     * Waiting events that a stored shipment shares a container or a reference value with: candidates for
     * matching (the matcher decides), for the start-up sweep that catches shipments stored while their events
     * were being written.
     */
    List<String> waitingWithAPossibleShipment(String afterKey, int limit) {
        return jdbc.queryForList("""
                SELECT e.event_key FROM milestone_event e
                WHERE e.waiting AND e.event_key > ? AND (
                  EXISTS (SELECT 1 FROM shipment_container c WHERE c.container_number = ANY(e.equipment::bpchar[]))
                  OR EXISTS (SELECT 1 FROM shipment_reference r WHERE r.value = ANY(
                      ARRAY(SELECT substr(x, strpos(x, ':') + 1) FROM unnest(e.carrier_references) AS x))))
                ORDER BY e.event_key LIMIT ?""", String.class, afterKey, limit);
    }

    List<MilestoneEvent> lockWaitingByKey(Collection<String> keys) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + """
                 FROM milestone_event e WHERE e.waiting AND e.event_key = ANY(?)
                ORDER BY e.event_key FOR UPDATE SKIP LOCKED""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())),
                (rs, i) -> event(rs));
    }

    /** The events applied to each of these shipments (whatever their outcome), by shipment. */
    Map<UUID, List<MilestoneEvent>> appliedTo(Collection<UUID> shipmentIds) {
        Map<UUID, List<MilestoneEvent>> events = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return events;
        }
        jdbc.query("SELECT a.shipment_id, " + EVENT_COLUMNS + """
                 FROM event_application a JOIN milestone_event e ON e.event_key = a.event_key
                WHERE a.shipment_id = ANY(?) ORDER BY a.shipment_id, e.event_key""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", shipmentIds.toArray())),
                rs -> {
                    events.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(event(rs));
                });
        return events;
    }

    static MilestoneEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        String location = rs.getString("location");
        String mode = rs.getString("mode");
        String imo = rs.getString("vessel_imo");
        List<ContainerNumber> equipment = strings(rs.getArray("equipment")).stream().map(ContainerNumber::of).toList();
        List<CarrierReference> references = strings(rs.getArray("carrier_references")).stream()
                .map(EventRepository::reference).toList();
        return new MilestoneEvent(rs.getString("event_key"), type == null ? null : MilestoneType.valueOf(type),
                rs.getString("source_code"), TimeKind.valueOf(rs.getString("kind")),
                InboxRepository.instant(rs, "event_time"), location == null ? null : UnLocode.of(location),
                rs.getString("facility"), mode == null ? null : TransportMode.valueOf(mode), equipment, references,
                rs.getString("vessel_name"), imo == null ? null : ImoNumber.of(imo), rs.getString("voyage"),
                rs.getBoolean("empty"),
                new EventSource(EventFormat.valueOf(rs.getString("source_format")), rs.getString("sender")),
                InboxRepository.instant(rs, "reported_at"), InboxRepository.instant(rs, "received_at"),
                rs.getLong("message_id"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A reference as stored and matched: {@code TYPE:VALUE}. */
    static String reference(CarrierReference reference) {
        return reference.type().name() + ":" + reference.value();
    }

    static CarrierReference reference(String stored) {
        int colon = stored.indexOf(':');
        return new CarrierReference(ReferenceType.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

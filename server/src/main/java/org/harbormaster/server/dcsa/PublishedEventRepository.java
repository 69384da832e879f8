package org.harbormaster.server.dcsa;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harbormaster.event.TimeKind;
import org.harbormaster.shipment.MilestoneType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Our events as DCSA events, read from the inbox's tables: every event applied to a shipment
 * ({@code event_application} joined to {@code milestone_event}), whatever its outcome there (a superseded
 * estimate still happened), once per container for equipment events. Air events are left out: DCSA's
 * modes of transport are vessel, barge, rail and truck.
 */
@Repository
class PublishedEventRepository {

    /** One row per published event; the filters and the keyset order work on its columns. */
    private static final String PUBLISHED = """
            SELECT x.*, dcsa_name_uuid(x.published_id) AS event_id,
                   CASE WHEN x.dcsa_mode IS NOT NULL
                        THEN dcsa_name_uuid('transport-call|' || x.dcsa_mode || '|' || coalesce(x.vessel_imo, '')
                                            || '|' || coalesce(x.voyage, '') || '|' || coalesce(x.location, ''))::text
                   END AS transport_call_id
            FROM (
                SELECT me.event_key || '|' || ea.shipment_id || coalesce('|' || eq.ref, '') AS published_id,
                       ea.applied_at AS created_at, me.type, me.kind, me.event_time, trim(me.location) AS location,
                       me.facility,
                       CASE WHEN me.mode IS NOT NULL THEN me.mode
                            WHEN me.type IN (%1$s) THEN 'VESSEL' END AS dcsa_mode,
                       me.vessel_name, trim(me.vessel_imo) AS vessel_imo, me.voyage, me.empty, me.equipment,
                       eq.ref AS equipment_reference,
                       (SELECT trim(sc.size_type) FROM shipment_container sc
                         WHERE sc.shipment_id = ea.shipment_id AND sc.container_number = eq.ref LIMIT 1)
                           AS iso_equipment_code,
                       s.reference AS shipment_reference,
                       ARRAY(SELECT r.type || ':' || r.value FROM shipment_reference r
                              WHERE r.shipment_id = ea.shipment_id ORDER BY r.position) || me.carrier_references
                           AS all_references,
                       CASE %2$s END AS event_type,
                       CASE %3$s END AS type_code
                FROM event_application ea
                JOIN milestone_event me ON me.event_key = ea.event_key
                JOIN shipment s ON s.id = ea.shipment_id
                LEFT JOIN LATERAL (
                    SELECT unnest(CASE WHEN me.type IN (%4$s)
                                       THEN coalesce(nullif(ARRAY(
                                                SELECT e FROM unnest(me.equipment) e
                                                WHERE EXISTS (SELECT 1 FROM shipment_container sc
                                                              WHERE sc.shipment_id = ea.shipment_id
                                                                AND sc.container_number = e)), '{}'::text[]),
                                            me.equipment)
                                       ELSE '{}'::text[] END) AS ref
                ) eq ON true
                WHERE me.type IN (%5$s)
                  AND coalesce(me.mode, '') <> 'AIRCRAFT'
                  AND (me.mode IS NOT NULL OR s.mode <> 'AIR')
            ) x
            """.formatted(
            quoted(DcsaEventCode.ofType(DcsaEventType.TRANSPORT)),
            cases(c -> c.eventType().name()),
            cases(DcsaEventCode::code),
            quoted(DcsaEventCode.ofType(DcsaEventType.EQUIPMENT)),
            quoted(Arrays.asList(DcsaEventCode.values())));

    private final JdbcTemplate jdbc;

    PublishedEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page {@code query} asks for, in the query's order, with one more event than the limit when there
     * are more in the direction the page is read (so the caller knows whether a next page exists).
     */
    List<PublishedEvent> page(EventQuery query) {
        Sql sql = new Sql("SELECT * FROM (" + PUBLISHED + ") pe WHERE true");
        where(sql, query.filter());
        EventQuery.Position position = query.position();
        // Read forwards in the query's order, or backwards for "before" and "last" pages.
        boolean ascending = query.descending() == position.backwards();
        if (position.createdAt() != null) {
            sql.append(" AND (pe.created_at, pe.published_id) " + (ascending ? ">" : "<") + " (?, ?)",
                    at(position.createdAt()), position.publishedId());
        }
        String direction = ascending ? "ASC" : "DESC";
        sql.append(" ORDER BY pe.created_at " + direction + ", pe.published_id " + direction + " LIMIT ?",
                query.limit() + 1);
        List<PublishedEvent> events = new ArrayList<>(jdbc.query(sql.text(), this::event, sql.args()));
        if (position.backwards()) {
            Collections.reverse(events);
        }
        return events;
    }

    /** Whether any event of the query lies before (in the query's order) the given one. */
    boolean anyBefore(EventQuery query, PublishedEvent event) {
        Sql sql = new Sql("SELECT EXISTS (SELECT 1 FROM (" + PUBLISHED + ") pe WHERE true");
        where(sql, query.filter());
        sql.append(" AND (pe.created_at, pe.published_id) " + (query.descending() ? ">" : "<") + " (?, ?))",
                at(event.createdAt()), event.publishedId());
        return Boolean.TRUE.equals(jdbc.queryForObject(sql.text(), Boolean.class, sql.args()));
    }

    Optional<PublishedEvent> byEventId(UUID eventId) {
        return jdbc.query("SELECT * FROM (" + PUBLISHED + ") pe WHERE pe.event_id = ?", this::event, eventId)
                .stream().findFirst();
    }

    List<PublishedEvent> byPublishedIds(Collection<String> publishedIds) {
        return jdbc.query("SELECT * FROM (" + PUBLISHED + ") pe WHERE pe.published_id = ANY(?)"
                        + " ORDER BY pe.created_at, pe.published_id", this::event,
                texts(publishedIds));
    }

    /**
     * Queues, for one subscription, every event that matches its filter, was applied from {@code since} on and
     * not before the subscription existed. Already queued events are left as they are.
     *
     * @return how many were queued
     */
    int queueNotifications(UUID subscriptionId, EventFilter filter, Instant subscribedAt, Instant since, Instant now) {
        Sql sql = new Sql("INSERT INTO event_notification (subscription_id, published_id, event_created_at, "
                + "next_attempt_at) SELECT ?, pe.published_id, pe.created_at, ? FROM (" + PUBLISHED + ") pe WHERE true",
                subscriptionId, at(now));
        where(sql, filter);
        sql.append(" AND pe.created_at >= ? AND pe.created_at >= ? ON CONFLICT DO NOTHING",
                at(since), at(subscribedAt));
        return jdbc.update(sql.text(), sql.args());
    }

    /** The filter as SQL conditions on the published row {@code pe}. */
    private static void where(Sql sql, EventFilter filter) {
        if (!filter.eventTypes().isEmpty()) {
            sql.append(" AND pe.event_type = ANY(?)", texts(filter.eventTypes().stream().map(Enum::name).toList()));
        }
        codeFilter(sql, DcsaEventType.SHIPMENT, filter.shipmentEventTypeCodes());
        codeFilter(sql, DcsaEventType.TRANSPORT, filter.transportEventTypeCodes());
        codeFilter(sql, DcsaEventType.EQUIPMENT, filter.equipmentEventTypeCodes());
        if (!filter.documentTypeCodes().isEmpty()) {
            // The only documents our shipment events are about are customs documents.
            sql.append(" AND pe.event_type = 'SHIPMENT' AND ? = ANY(?)", DcsaEventCode.CUSTOMS_DOCUMENT,
                    texts(filter.documentTypeCodes()));
        }
        if (filter.carrierBookingReference() != null) {
            sql.append(" AND ? = ANY(pe.all_references)", "BOOKING:" + upper(filter.carrierBookingReference()));
        }
        if (filter.transportDocumentReference() != null) {
            String value = upper(filter.transportDocumentReference());
            sql.append(" AND (? = ANY(pe.all_references) OR ? = ANY(pe.all_references))",
                    "MASTER_BILL_OF_LADING:" + value, "HOUSE_BILL_OF_LADING:" + value);
        }
        if (filter.transportCallId() != null) {
            sql.append(" AND pe.transport_call_id = ?", filter.transportCallId());
        }
        if (filter.vesselImoNumber() != null) {
            sql.append(" AND pe.vessel_imo = ?", filter.vesselImoNumber());
        }
        if (filter.exportVoyageNumber() != null) {
            sql.append(" AND pe.voyage = ?", filter.exportVoyageNumber());
        }
        if (filter.carrierServiceCode() != null) {
            // Carriers' service codes are not among what we know of an event: nothing matches.
            sql.append(" AND false");
        }
        if (filter.unLocationCode() != null) {
            sql.append(" AND pe.location = ?", filter.unLocationCode());
        }
        if (filter.equipmentReference() != null) {
            sql.append(" AND (pe.equipment_reference = ? OR (pe.event_type <> 'EQUIPMENT' AND ? = ANY(pe.equipment)))",
                    filter.equipmentReference(), filter.equipmentReference());
        }
        for (EventFilter.CreatedCondition condition : filter.created()) {
            sql.append(" AND pe.created_at " + condition.comparison().sql() + " ?", at(condition.value()));
        }
    }

    private static void codeFilter(Sql sql, DcsaEventType type, Collection<String> codes) {
        if (!codes.isEmpty()) {
            sql.append(" AND pe.event_type = ? AND pe.type_code = ANY(?)", type.name(), texts(codes));
        }
    }

    private PublishedEvent event(ResultSet row, int rowNumber) throws SQLException {
        MilestoneType type = MilestoneType.valueOf(row.getString("type"));
        return new PublishedEvent(row.getString("published_id"), row.getObject("event_id", UUID.class),
                row.getTimestamp("created_at").toInstant(),
                DcsaEventCode.of(type).orElseThrow(), TimeKind.valueOf(row.getString("kind")),
                row.getTimestamp("event_time").toInstant(), row.getString("location"), row.getString("facility"),
                row.getString("dcsa_mode"), row.getString("transport_call_id"), row.getString("vessel_name"),
                row.getString("vessel_imo"), row.getString("voyage"), row.getBoolean("empty"),
                strings(row.getArray("equipment")), row.getString("equipment_reference"),
                row.getString("iso_equipment_code"), row.getString("shipment_reference"),
                strings(row.getArray("all_references")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A text[] parameter (for {@code = ANY(?)}). */
    static SqlArrayValue texts(Collection<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String upper(String value) {
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    private static String quoted(List<DcsaEventCode> codes) {
        return codes.stream().map(c -> "'" + c.milestone().name() + "'").collect(Collectors.joining(", "));
    }

    private static String cases(java.util.function.Function<DcsaEventCode, String> value) {
        return Arrays.stream(DcsaEventCode.values())
                .map(c -> "WHEN me.type = '" + c.milestone().name() + "' THEN '" + value.apply(c) + "'")
                .collect(Collectors.joining(" "));
    }

    /** SQL text and its arguments, grown together. */
    private static final class Sql {

        private final StringBuilder text;
        private final List<Object> args = new ArrayList<>();

        Sql(String start, Object... startArgs) {
            text = new StringBuilder(start);
            args.addAll(Arrays.asList(startArgs));
        }

        void append(String more, Object... moreArgs) {
            text.append(more);
            args.addAll(Arrays.asList(moreArgs));
        }

        String text() {
            return text.toString();
        }

        Object[] args() {
            return args.toArray();
        }
    }
}

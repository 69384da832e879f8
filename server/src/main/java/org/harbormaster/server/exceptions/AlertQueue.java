package org.harbormaster.server.exceptions;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.harbormaster.server.shipments.ShipmentRepository.InvalidCursorException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The operators' work queue in SQL: filters on indexed columns, ordered by the priority stored when the case was
 * last evaluated (the periodic review refreshes it as time to act runs down), a keyset cursor for the next page.
 */
@Repository
class AlertQueue {

    static final Duration DUE_SOON = Duration.ofHours(4);

    private final JdbcTemplate jdbc;

    AlertQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of rows, with the shipment reference, and the cursor of the next page (null at the end). */
    record Page(List<Entry> entries, String next) {
    }

    record Entry(AlertRepository.Row row, String shipmentReference) {
    }

    Page find(AlertQuery q, String cursor, int limit, Instant now) {
        StringBuilder sql = new StringBuilder("SELECT " + AlertRepository.COLUMNS
                + ", s.reference FROM alert a JOIN shipment s ON s.id = a.shipment_id WHERE true");
        List<Object> args = new ArrayList<>();
        status(q.status(), sql, args, now);
        any(sql, args, "a.region", q.regions());
        any(sql, args, "a.team", q.teams());
        any(sql, args, "a.assignee", q.assignees());
        any(sql, args, "a.severity", q.severities());
        any(sql, args, "a.rule_code", q.rules());
        any(sql, args, "a.customer_code", q.customers());
        any(sql, args, "a.carrier", q.carriers());
        if (q.shipment() != null) {
            sql.append(" AND (s.reference = ? OR s.id::text = ?)");
            args.add(q.shipment());
            args.add(q.shipment());
        }
        if (q.sla() != null) {
            sla(q.sla(), sql, args, now);
        }
        String order = switch (q.sort()) {
            case PRIORITY -> {
                if (cursor != null) {
                    Cursor c = Cursor.decode(cursor);
                    sql.append(" AND (a.priority, a.id) < (?, ?)");
                    args.add(c.priority());
                    args.add(c.id());
                }
                yield " ORDER BY a.priority DESC, a.id DESC";
            }
            case OPENED -> noCursor(cursor, " ORDER BY a.opened_at, a.id");
            case ACT_BY -> noCursor(cursor, " ORDER BY a.act_by NULLS LAST, a.priority DESC, a.id");
        };
        sql.append(order).append(" LIMIT ?");
        args.add(limit + 1);
        List<Entry> rows = jdbc.query(sql.toString(), (rs, i) -> new Entry(AlertRepository.row(rs),
                rs.getString("reference")), args.toArray());
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Entry last = rows.get(limit - 1);
            next = q.sort() == AlertQuery.Sort.PRIORITY ? new Cursor(last.row().priority(), last.row().id()).encode() : null;
        }
        return new Page(rows, next);
    }

    private static String noCursor(String cursor, String order) {
        if (cursor != null) {
            throw new InvalidCursorException(cursor);
        }
        return order;
    }

    private static void status(AlertQuery.Status status, StringBuilder sql, List<Object> args, Instant now) {
        switch (status) {
            case ACTIVE -> {
                sql.append(" AND a.active AND (a.snoozed_until IS NULL OR a.snoozed_until <= ?)");
                args.add(Timestamp.from(now));
            }
            case SNOOZED -> {
                sql.append(" AND a.active AND a.snoozed_until > ?");
                args.add(Timestamp.from(now));
            }
            case CLOSED -> sql.append(" AND NOT a.active");
            case ALL -> { }
        }
    }

    private static void sla(AlertQuery.SlaState state, StringBuilder sql, List<Object> args, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp soon = Timestamp.from(now.plus(DUE_SOON));
        String breached = "(a.acknowledge_breached_at IS NOT NULL OR a.resolve_breached_at IS NOT NULL"
                + " OR (a.acknowledged_at IS NULL AND a.acknowledge_by < ?) OR (a.active AND a.resolve_by < ?))";
        switch (state) {
            case BREACHED -> {
                sql.append(" AND ").append(breached);
                args.add(at);
                args.add(at);
            }
            case DUE_SOON -> {
                sql.append(" AND NOT ").append(breached)
                        .append(" AND ((a.acknowledged_at IS NULL AND a.acknowledge_by < ?) OR a.resolve_by < ?)");
                args.add(at);
                args.add(at);
                args.add(soon);
                args.add(soon);
            }
            case ON_TRACK -> {
                sql.append(" AND NOT ").append(breached)
                        .append(" AND NOT ((a.acknowledged_at IS NULL AND a.acknowledge_by < ?) OR a.resolve_by < ?)");
                args.add(at);
                args.add(at);
                args.add(soon);
                args.add(soon);
            }
        }
    }

    private static void any(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" = ANY(?)");
        args.add(values.toArray(String[]::new));
    }

    /** Where the previous page ended, in priority order. */
    record Cursor(BigDecimal priority, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((priority.toPlainString() + "|" + id).getBytes());
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor)).split("\\|");
                return new Cursor(new BigDecimal(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidCursorException(cursor);
            }
        }
    }
}

package org.harbormaster.server.exceptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.AlertAction;
import org.harbormaster.exception.AlertId;
import org.harbormaster.exception.AlertKey;
import org.harbormaster.exception.AlertStatus;
import org.harbormaster.exception.HistoryEntry;
import org.harbormaster.exception.Priority;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.SlaBreach;
import org.harbormaster.exception.SlaKind;
import org.harbormaster.exception.SlaTimer;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.ShipmentId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Exception cases in PostgreSQL: one row each (V7__alerts.sql) and their history, appended, never rewritten. */
@Repository
class AlertRepository {

    static final String COLUMNS = """
            a.id, a.shipment_id, a.rule_code, a.subject, a.status, a.cause_present, a.assignee, a.opened_at,
            a.last_seen_at, a.acknowledged_at, a.closed_at, a.snoozed_until, a.acknowledge_by, a.resolve_by,
            a.acknowledge_breached_at, a.resolve_breached_at, a.finding, a.priority, a.priority_terms, a.version,
            a.region, a.team, a.customer_code, a.carrier, a.severity, a.money_at_risk, a.money_currency""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AlertRepository(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What the row says besides the domain alert: where it files, its stored priority and version. */
    record Filing(String region, String customer, String carrier) {
    }

    /** An alert as stored: the domain alert with its full history, and the row's own columns. */
    record Stored(Alert alert, Filing filing, BigDecimal priority, String priorityTerms, long version,
                  int storedHistory) {
    }

    /** An alert to write: the alert, where it files, its priority now, and how much of its history is stored. */
    record Write(Alert alert, Filing filing, Priority priority, int storedHistory, Long expectedVersion) {
    }

    /** The alerts that hold a key (active, or resolved while their cause persists) of these shipments. */
    Map<UUID, List<Stored>> holdingKeys(Collection<UUID> shipmentIds) {
        Map<UUID, List<Stored>> out = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return out;
        }
        List<Row> rows = jdbc.query("SELECT " + COLUMNS + """
                 FROM alert a WHERE a.shipment_id = ANY(?) AND (a.active OR (a.status = 'RESOLVED' AND a.cause_present))
                ORDER BY a.opened_at, a.id""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", shipmentIds.toArray())),
                (rs, i) -> row(rs));
        Map<UUID, List<HistoryEntry>> history = history(rows.stream().map(Row::id).toList());
        for (Row r : rows) {
            out.computeIfAbsent(r.shipment(), k -> new ArrayList<>()).add(r.stored(history.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    /** Every case of one shipment with its history: active ones first, then the newest. */
    List<Stored> ofShipment(UUID shipmentId) {
        List<Row> rows = jdbc.query("SELECT " + COLUMNS
                        + " FROM alert a WHERE a.shipment_id = ? ORDER BY a.active DESC, a.priority DESC, a.opened_at DESC",
                (rs, i) -> row(rs), shipmentId);
        Map<UUID, List<HistoryEntry>> history = history(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.stored(history.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The regions and teams that have active cases, for the queue's filter choices. */
    Map<String, List<String>> activeRegionsAndTeams() {
        Map<String, List<String>> out = new HashMap<>();
        out.put("region", jdbc.queryForList("SELECT DISTINCT region FROM alert WHERE active ORDER BY 1", String.class));
        out.put("team", jdbc.queryForList("SELECT DISTINCT team FROM alert WHERE active ORDER BY 1", String.class));
        return out;
    }

    String shipmentReference(UUID shipmentId) {
        return jdbc.queryForObject("SELECT reference FROM shipment WHERE id = ?", String.class, shipmentId);
    }

    Optional<Stored> find(UUID id) {
        List<Row> rows = jdbc.query("SELECT " + COLUMNS + " FROM alert a WHERE a.id = ?", (rs, i) -> row(rs), id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0).stored(history(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Inserts or updates each alert and appends the history entries not stored yet. */
    void save(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (Write w : writes) {
            Alert a = w.alert();
            Map.Entry<BigDecimal, String> money = money(a);
            rows.add(new Object[] {a.id().value(), a.key().shipment().value(), a.key().code().name(), a.key().subject(),
                    a.status().name(), a.isActive(), a.causePresent(), a.finding().severity().name(), a.finding().team(),
                    w.filing().region(), w.filing().customer(), w.filing().carrier(), a.assignee(), ts(a.openedAt()),
                    ts(a.lastSeenAt()), ts(a.acknowledgedAt()), ts(a.closedAt()), ts(a.snoozedUntil()),
                    ts(a.sla().acknowledgeBy()), ts(a.sla().resolveBy()), ts(breach(a.sla(), SlaKind.ACKNOWLEDGE)),
                    ts(breach(a.sla(), SlaKind.RESOLVE)), ts(a.finding().actBy()), money.getKey(), money.getValue(),
                    w.priority().score(), resolution(a), FindingJson.write(a.finding()),
                    FindingJson.writeTerms(w.priority().terms())});
            List<HistoryEntry> history = a.history();
            for (int seq = w.storedHistory(); seq < history.size(); seq++) {
                HistoryEntry h = history.get(seq);
                entries.add(new Object[] {a.id().value(), seq, ts(h.at()), h.by(), h.action().name(), h.reasonCode(),
                        h.comment(), h.detail()});
            }
        }
        for (Write w : writes) {
            if (w.expectedVersion() != null) {
                Long current = jdbc.queryForObject("SELECT version FROM alert WHERE id = ? FOR UPDATE", Long.class,
                        w.alert().id().value());
                if (current == null || current.longValue() != w.expectedVersion()) {
                    throw new AlertConflictException("exception case " + w.alert().id() + " is at version " + current
                            + ", not " + w.expectedVersion() + ": reload it and act again");
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO alert (id, shipment_id, rule_code, subject, status, active, cause_present, severity, team,
                    region, customer_code, carrier, assignee, opened_at, last_seen_at, acknowledged_at, closed_at,
                    snoozed_until, acknowledge_by, resolve_by, acknowledge_breached_at, resolve_breached_at, act_by,
                    money_at_risk, money_currency, priority, resolution_code, finding, priority_terms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, active = excluded.active,
                    cause_present = excluded.cause_present, severity = excluded.severity, team = excluded.team,
                    region = excluded.region, customer_code = excluded.customer_code, carrier = excluded.carrier,
                    assignee = excluded.assignee, last_seen_at = excluded.last_seen_at,
                    acknowledged_at = excluded.acknowledged_at, closed_at = excluded.closed_at,
                    snoozed_until = excluded.snoozed_until, acknowledge_breached_at = excluded.acknowledge_breached_at,
                    resolve_breached_at = excluded.resolve_breached_at, act_by = excluded.act_by,
                    money_at_risk = excluded.money_at_risk, money_currency = excluded.money_currency,
                    priority = excluded.priority, resolution_code = excluded.resolution_code,
                    finding = excluded.finding, priority_terms = excluded.priority_terms,
                    version = alert.version + 1""", rows);
        jdbc.batchUpdate("""
                INSERT INTO alert_history (alert_id, seq, at, by_user, action, reason_code, comment, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", entries);
        events.publishEvent(new CasesChanged(writes.size()));
    }

    /** The total money at risk in its first currency (a finding's terms share one currency in practice). */
    private static Map.Entry<BigDecimal, String> money(Alert a) {
        Map<java.util.Currency, Money> totals = a.finding().moneyAtRisk().totals();
        if (totals.isEmpty()) {
            return Map.entry(BigDecimal.ZERO, "");
        }
        Money first = totals.values().iterator().next();
        return Map.entry(first.amount(), first.currency().getCurrencyCode());
    }

    private static String resolution(Alert a) {
        if (a.status() != AlertStatus.RESOLVED) {
            return null;
        }
        for (int i = a.history().size() - 1; i >= 0; i--) {
            if (a.history().get(i).action() == AlertAction.RESOLVED) {
                return a.history().get(i).reasonCode();
            }
        }
        return null;
    }

    private static Instant breach(SlaTimer sla, SlaKind kind) {
        return sla.breaches().stream().filter(b -> b.kind() == kind).map(SlaBreach::recordedAt).findFirst().orElse(null);
    }

    private Map<UUID, List<HistoryEntry>> history(List<UUID> ids) {
        Map<UUID, List<HistoryEntry>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("""
                SELECT alert_id, at, by_user, action, reason_code, comment, detail FROM alert_history
                WHERE alert_id = ANY(?) ORDER BY alert_id, seq""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())),
                rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new HistoryEntry(
                            instant(rs, 2), rs.getString(3), AlertAction.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                });
        return out;
    }

    /** One row read, before its history is attached. */
    record Row(UUID id, UUID shipment, String code, String subject, AlertStatus status, boolean causePresent,
               String assignee, Instant openedAt, Instant lastSeenAt, Instant acknowledgedAt, Instant closedAt,
               Instant snoozedUntil, Instant acknowledgeBy, Instant resolveBy, Instant ackBreached,
               Instant resolveBreached, String finding, BigDecimal priority, String priorityTerms, long version,
               Filing filing) {

        Stored stored(List<HistoryEntry> history) {
            List<SlaBreach> breaches = new ArrayList<>();
            if (ackBreached != null) {
                breaches.add(new SlaBreach(SlaKind.ACKNOWLEDGE, acknowledgeBy, ackBreached));
            }
            if (resolveBreached != null) {
                breaches.add(new SlaBreach(SlaKind.RESOLVE, resolveBy, resolveBreached));
            }
            Alert alert = new Alert(new AlertId(id), new AlertKey(new ShipmentId(shipment), RuleCode.valueOf(code), subject),
                    status, FindingJson.read(finding), openedAt, lastSeenAt, assignee, snoozedUntil, acknowledgedAt,
                    closedAt, causePresent, new SlaTimer(acknowledgeBy, resolveBy, breaches), history);
            return new Stored(alert, filing, priority, priorityTerms, version, history.size());
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("shipment_id", UUID.class), rs.getString("rule_code"),
                rs.getString("subject"), AlertStatus.valueOf(rs.getString("status")), rs.getBoolean("cause_present"),
                rs.getString("assignee"), instant(rs, "opened_at"), instant(rs, "last_seen_at"),
                instant(rs, "acknowledged_at"), instant(rs, "closed_at"), instant(rs, "snoozed_until"),
                instant(rs, "acknowledge_by"), instant(rs, "resolve_by"), instant(rs, "acknowledge_breached_at"),
                instant(rs, "resolve_breached_at"), rs.getString("finding"), rs.getBigDecimal("priority"),
                rs.getString("priority_terms"), rs.getLong("version"),
                new Filing(rs.getString("region"), rs.getString("customer_code"), rs.getString("carrier")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package org.harbormaster.server.kpis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.kpi.AlertCase;
import org.harbormaster.kpi.ContainerClock;
import org.harbormaster.kpi.EventReceipt;
import org.harbormaster.kpi.FreeTimeClocks;
import org.harbormaster.kpi.MessageReceipt;
import org.harbormaster.kpi.MilestoneOutcome;
import org.harbormaster.kpi.MilestoneReport;
import org.harbormaster.kpi.ShipmentBudget;
import org.harbormaster.kpi.Subject;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.EquipmentClass;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.MilestoneType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the facts of the KPIs, one set-based query per kind, for a window of dates (each kind's own date, see
 * docs/kpis.md). Cancelled shipments are left out. Actual costs are not recorded yet, so budgets come without.
 */
@Repository
class KpiFactsRepository {

    /** How long before the window a discharge may be and still start a clock that the window can see. */
    static final Duration CLOCK_LOOKBACK = Duration.ofDays(90);

    private static final String SUBJECT = "s.region, s.origin_locode, s.dest_locode, s.carrier_scac, s.customer_code";

    private final JdbcClient jdbc;

    KpiFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Arrivals at the port of discharge (the last main carriage's ARRIVED) and the last delivery, dated by plan. */
    List<MilestoneOutcome> milestoneOutcomes(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT %s, l.vendor_code, m.type, m.planned, m.actual, m.locode, s.promised_delivery
                FROM milestone m
                JOIN shipment s ON s.id = m.shipment_id
                LEFT JOIN plan_leg l ON l.shipment_id = m.shipment_id AND l.position = m.leg_index
                WHERE m.type IN ('ARRIVED', 'DELIVERED') AND s.status <> 'CANCELLED'
                  AND coalesce(m.planned, m.actual) >= :from AND coalesce(m.planned, m.actual) < :to
                  AND (m.type = 'DELIVERED' AND m.position = (SELECT max(d.position) FROM milestone d
                                                             WHERE d.shipment_id = m.shipment_id AND d.type = 'DELIVERED')
                    OR m.type = 'ARRIVED' AND m.leg_index = (SELECT max(p.position) FROM plan_leg p
                                                            WHERE p.shipment_id = m.shipment_id AND p.type = 'MAIN_CARRIAGE'))
                """.formatted(SUBJECT))
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new MilestoneOutcome(subject(rs, rs.getString("vendor_code"), null),
                        rs.getString("type").equals("ARRIVED") ? MilestoneOutcome.Kind.ARRIVAL : MilestoneOutcome.Kind.DELIVERY,
                        instant(rs, "planned"), instant(rs, "actual"), date(rs, "promised_delivery"),
                        zone(rs.getString("locode"))))
                .list();
    }

    /** Actual milestones set by an event, with when that event was received, dated by the actual. */
    List<MilestoneReport> milestoneReports(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT %s, l.vendor_code, m.actual, e.received_at, e.source_format, e.sender
                FROM milestone m
                JOIN shipment s ON s.id = m.shipment_id
                JOIN milestone_event e ON e.event_key = m.actual_by_key
                LEFT JOIN plan_leg l ON l.shipment_id = m.shipment_id AND l.position = m.leg_index
                WHERE m.actual >= :from AND m.actual < :to AND s.status <> 'CANCELLED'
                """.formatted(SUBJECT))
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new MilestoneReport(subject(rs, rs.getString("vendor_code"), source(rs)),
                        instant(rs, "actual"), instant(rs, "received_at")))
                .list();
    }

    /** Every event received, with its findings and the first shipment it was applied to, if any. */
    List<EventReceipt> eventReceipts(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT %s, e.source_format, e.sender, e.received_at, e.waiting,
                       (SELECT count(*) FROM data_quality_finding f WHERE f.event_key = e.event_key) AS findings
                FROM milestone_event e
                LEFT JOIN LATERAL (SELECT a.shipment_id FROM event_application a WHERE a.event_key = e.event_key
                                   ORDER BY a.applied_at, a.shipment_id LIMIT 1) a ON true
                LEFT JOIN shipment s ON s.id = a.shipment_id
                WHERE e.received_at >= :from AND e.received_at < :to
                """.formatted(SUBJECT))
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new EventReceipt(subject(rs, null, source(rs)), instant(rs, "received_at"),
                        rs.getInt("findings"), rs.getBoolean("waiting")))
                .list();
    }

    List<MessageReceipt> messageReceipts(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT format, sender, received_at, status = 'QUARANTINED' AS quarantined
                FROM inbox_message WHERE received_at >= :from AND received_at < :to
                """)
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new MessageReceipt(Subject.ofSource(rs.getString("format") + "/" + rs.getString("sender")),
                        instant(rs, "received_at"), rs.getBoolean("quarantined")))
                .list();
    }

    /** Exception cases opened in the window; a case counts as resolved only when an operator resolved it. */
    List<AlertCase> alertCases(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT a.region, s.origin_locode, s.dest_locode, a.carrier AS carrier_scac, a.customer_code,
                       a.opened_at, a.acknowledged_at, CASE WHEN a.status = 'RESOLVED' THEN a.closed_at END AS resolved_at,
                       a.acknowledge_breached_at IS NOT NULL AS acknowledge_breached,
                       a.resolve_breached_at IS NOT NULL AS resolve_breached
                FROM alert a JOIN shipment s ON s.id = a.shipment_id
                WHERE a.opened_at >= :from AND a.opened_at < :to
                """)
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new AlertCase(subject(rs, null, null), instant(rs, "opened_at"),
                        instant(rs, "acknowledged_at"), instant(rs, "resolved_at"),
                        rs.getBoolean("acknowledge_breached"), rs.getBoolean("resolve_breached")))
                .list();
    }

    /** Shipments booked in the window with their budget lines; no actual costs are recorded yet. */
    List<ShipmentBudget> shipmentBudgets(Instant from, Instant to) {
        Map<UUID, Subject> subjects = new LinkedHashMap<>();
        Map<UUID, Instant> booked = new LinkedHashMap<>();
        Map<UUID, List<CostLine>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.id, %s, s.created_at, c.category, c.description, c.amount, c.currency
                FROM shipment s LEFT JOIN shipment_cost_line c ON c.shipment_id = s.id
                WHERE s.created_at >= :from AND s.created_at < :to AND s.status <> 'CANCELLED'
                ORDER BY s.id, c.position
                """.formatted(SUBJECT))
                .param("from", ts(from)).param("to", ts(to))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    subjects.computeIfAbsent(id, k -> subjectOrNull(rs));
                    booked.putIfAbsent(id, instant(rs, "created_at"));
                    List<CostLine> mine = lines.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getString("category") != null) {
                        mine.add(new CostLine(CostCategory.valueOf(rs.getString("category")), rs.getString("description"),
                                Money.of(rs.getBigDecimal("amount").toPlainString(), rs.getString("currency"))));
                    }
                });
        List<ShipmentBudget> out = new ArrayList<>();
        subjects.forEach((id, subject) -> out.add(new ShipmentBudget(subject, booked.get(id), new Budget(lines.get(id)),
                null)));
        return out;
    }

    /**
     * The demurrage and detention clocks of every container of shipments discharged from {@link #CLOCK_LOOKBACK}
     * before the window to its end; the caller keeps the clocks that started in the window.
     */
    List<ContainerClock> containerClocks(Instant from, Instant to) {
        Map<UUID, Subject> subjects = new LinkedHashMap<>();
        Map<UUID, List<FreeTimeClocks.Step>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.id, %s, m.type, m.locode, l.type AS leg_type, m.actual
                FROM shipment s
                JOIN milestone m ON m.shipment_id = s.id
                JOIN plan_leg l ON l.shipment_id = m.shipment_id AND l.position = m.leg_index
                WHERE s.status <> 'CANCELLED'
                  AND s.id IN (SELECT d.shipment_id FROM milestone d
                               WHERE d.type = 'DISCHARGED' AND d.actual >= :from AND d.actual < :to)
                ORDER BY s.id, m.position
                """.formatted(SUBJECT))
                .param("from", ts(from.minus(CLOCK_LOOKBACK))).param("to", ts(to))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    subjects.computeIfAbsent(id, k -> subjectOrNull(rs));
                    UnLocode place = locode(rs.getString("locode"));
                    if (place != null) {
                        steps.computeIfAbsent(id, k -> new ArrayList<>()).add(new FreeTimeClocks.Step(
                                MilestoneType.valueOf(rs.getString("type")), place,
                                LegType.valueOf(rs.getString("leg_type")), instant(rs, "actual")));
                    }
                });
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<ContainerClock> out = new ArrayList<>();
        jdbc.sql("""
                SELECT c.shipment_id, c.container_number, c.size_type, s.carrier_scac
                FROM shipment_container c JOIN shipment s ON s.id = c.shipment_id
                WHERE c.shipment_id = ANY (:ids) ORDER BY c.shipment_id, c.position
                """)
                .param("ids", subjects.keySet().toArray(new UUID[0]))
                .query(rs -> {
                    UUID id = rs.getObject("shipment_id", UUID.class);
                    EquipmentClass equipment = SizeType.parse(rs.getString("size_type")).value()
                            .map(EquipmentClass::of).orElse(EquipmentClass.DRY);
                    Scac carrier = rs.getString("carrier_scac") == null ? null
                            : Scac.parse(rs.getString("carrier_scac")).value().orElse(null);
                    for (FreeTimeClocks.Clock clock : FreeTimeClocks.of(steps.getOrDefault(id, List.of()))) {
                        out.add(new ContainerClock(subjects.get(id), rs.getString("container_number").strip(), equipment,
                                carrier, clock.kind(), clock.port(), clock.started(), clock.available(), clock.ended()));
                    }
                });
        return out;
    }

    private static Subject subject(ResultSet rs, String vendor, String source) throws SQLException {
        return new Subject(rs.getString("region"), trim(rs.getString("origin_locode")), trim(rs.getString("dest_locode")),
                rs.getString("carrier_scac"), vendor, rs.getString("customer_code"), source);
    }

    private static Subject subjectOrNull(ResultSet rs) {
        try {
            return subject(rs, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(ResultSet rs) throws SQLException {
        return rs.getString("source_format") + "/" + rs.getString("sender");
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static UnLocode locode(String text) {
        return text == null ? null : UnLocode.parse(text.strip()).value().orElse(null);
    }

    private static ZoneId zone(String locode) {
        UnLocode place = locode(locode);
        return place == null ? ZoneOffset.UTC : place.zone();
    }
}

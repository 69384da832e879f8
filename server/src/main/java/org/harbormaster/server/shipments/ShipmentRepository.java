package org.harbormaster.server.shipments;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harbormaster.identity.AirWaybill;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Cancellation;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.EventStamp;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Party;
import org.harbormaster.shipment.PartyRole;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.shipment.Vendor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments in PostgreSQL, in plain SQL: one row per shipment and child rows for parties, containers,
 * references, cost lines, legs and milestones. A change rewrites the children in the same transaction and
 * bumps the version, which guards against lost updates.
 */
@Repository
public class ShipmentRepository {

    private static final String SHIPMENT_COLUMNS = """
            id, reference, customer_code, customer_name, mode, direction, incoterm,
            origin_locode, origin_door_street, origin_door_city, origin_door_postal, origin_door_country,
            dest_locode, dest_door_street, dest_door_city, dest_door_postal, dest_door_country,
            cargo_pieces, cargo_weight_kg, cargo_volume_cbm, cargo_description, carrier_scac, region, team,
            promised_delivery, status, cancelled_reason, cancelled_at, cancelled_by, created_at, updated_at, version""";

    private static final int[] SHIPMENT_TYPES = {
            Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR,
            Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR,
            Types.INTEGER, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT};

    private final JdbcTemplate jdbc;

    public ShipmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM shipment", Long.class);
        return count == null ? 0 : count;
    }

    /** Our own next shipment reference, e.g. {@code HM26-001234}. */
    public String nextReference(LocalDate today) {
        Long next = jdbc.queryForObject("SELECT nextval('shipment_reference_seq')", Long.class);
        return String.format("HM%02d-%06d", today.getYear() % 100, next);
    }

    @Transactional
    public void insert(Shipment shipment) {
        insertAll(List.of(shipment));
    }

    /** Inserts many shipments in one transaction with batched statements (the CSV import's path). */
    @Transactional
    public void insertAll(List<Shipment> shipments) {
        if (shipments.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>(shipments.size());
        for (Shipment s : shipments) {
            rows.add(shipmentRow(s, now));
        }
        jdbc.batchUpdate("INSERT INTO shipment (" + SHIPMENT_COLUMNS + ") VALUES (" + placeholders(32) + ")",
                rows, SHIPMENT_TYPES);
        insertChildren(shipments);
    }

    /**
     * Stores a changed shipment if nobody else changed it since it was read at {@code shipment.version()}.
     * Returns the shipment at its new version.
     */
    @Transactional
    public Shipment update(Shipment shipment) {
        Object[] row = shipmentRow(shipment, Instant.now());
        int updated = jdbc.update("""
                UPDATE shipment SET reference = ?, customer_code = ?, customer_name = ?, mode = ?, direction = ?,
                  incoterm = ?, origin_locode = ?, origin_door_street = ?, origin_door_city = ?, origin_door_postal = ?,
                  origin_door_country = ?, dest_locode = ?, dest_door_street = ?, dest_door_city = ?,
                  dest_door_postal = ?, dest_door_country = ?, cargo_pieces = ?, cargo_weight_kg = ?,
                  cargo_volume_cbm = ?, cargo_description = ?, carrier_scac = ?, region = ?, team = ?,
                  promised_delivery = ?, status = ?, cancelled_reason = ?, cancelled_at = ?, cancelled_by = ?,
                  updated_at = now(), version = version + 1
                WHERE id = ? AND version = ?""",
                concat(Arrays.copyOfRange(row, 1, 29), shipment.id().value(), shipment.version()));
        if (updated == 0) {
            long current = findById(shipment.id()).map(Shipment::version)
                    .orElseThrow(() -> new ShipmentNotFoundException(shipment.id().toString()));
            throw new StaleShipmentException(shipment.reference(), shipment.version(), current);
        }
        for (String table : List.of("shipment_party", "shipment_container", "shipment_reference",
                "shipment_cost_line", "plan_leg", "milestone")) {
            jdbc.update("DELETE FROM " + table + " WHERE shipment_id = ?", shipment.id().value());
        }
        insertChildren(List.of(shipment));
        return shipment.withVersion(shipment.version() + 1);
    }

    /**
     * Stores what events changed: only the given milestones and the shipment's derived status, with the
     * same optimistic version check as {@link #update}. The event path's write: a few rows per event,
     * not the whole shipment.
     */
    @Transactional
    public Shipment saveMilestones(Shipment shipment, Collection<Milestone> changed) {
        saveMilestones(List.of(new MilestoneChanges(shipment, changed)));
        return shipment.withVersion(shipment.version() + 1);
    }

    /** A shipment changed by events, and the milestones that changed. */
    public record MilestoneChanges(Shipment shipment, Collection<Milestone> changed) {
    }

    /**
     * {@link #saveMilestones} for many shipments in two batched statements. Any shipment changed by someone
     * else since it was read fails the whole batch with {@link StaleShipmentException}, so the caller's
     * transaction rolls back and can run again.
     */
    @Transactional
    public void saveMilestones(List<MilestoneChanges> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> shipmentRows = new ArrayList<>(changes.size());
        List<Object[]> milestoneRows = new ArrayList<>();
        for (MilestoneChanges change : changes) {
            Shipment s = change.shipment();
            shipmentRows.add(new Object[]{s.status().name(), s.id().value(), s.version()});
            for (Milestone m : change.changed()) {
                milestoneRows.add(new Object[]{time(m.planned()), time(m.estimated()), time(m.actual()),
                        stampTime(m.plannedBy()), stampKey(m.plannedBy()), stampTime(m.estimatedBy()),
                        stampKey(m.estimatedBy()), stampTime(m.actualBy()), stampKey(m.actualBy()), s.id().value(),
                        m.key()});
            }
        }
        int[] updated = jdbc.batchUpdate("UPDATE shipment SET status = ?, updated_at = now(), version = version + 1"
                + " WHERE id = ? AND version = ?", shipmentRows, new int[]{Types.VARCHAR, Types.OTHER, Types.BIGINT});
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                Shipment stale = changes.get(i).shipment();
                long current = findById(stale.id()).map(Shipment::version).orElse(-1L);
                throw new StaleShipmentException(stale.reference(), stale.version(), current);
            }
        }
        int ts = Types.TIMESTAMP_WITH_TIMEZONE;
        jdbc.batchUpdate("UPDATE milestone SET planned = ?, estimated = ?, actual = ?, planned_by_at = ?,"
                        + " planned_by_key = ?, estimated_by_at = ?, estimated_by_key = ?, actual_by_at = ?,"
                        + " actual_by_key = ? WHERE shipment_id = ? AND key = ?", milestoneRows,
                new int[]{ts, ts, ts, ts, Types.VARCHAR, ts, Types.VARCHAR, ts, Types.VARCHAR, Types.OTHER, Types.VARCHAR});
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    public Optional<Shipment> findById(ShipmentId id) {
        return findOne("id = ?", id.value());
    }

    /** Many shipments at once: one query for the rows and one per child table, whatever the count. */
    public List<Shipment> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Header> headers = jdbc.query("SELECT " + SHIPMENT_COLUMNS + " FROM shipment WHERE id = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())),
                (rs, row) -> header(rs, row));
        return assemble(headers);
    }

    public Optional<Shipment> findByReference(String reference) {
        return findOne("reference = ?", reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Accepts either the shipment's id (a UUID) or its reference. */
    public Optional<Shipment> find(String idOrReference) {
        try {
            return findById(ShipmentId.of(idOrReference));
        } catch (IllegalArgumentException notAUuid) {
            return findByReference(idOrReference);
        }
    }

    private Optional<Shipment> findOne(String where, Object arg) {
        List<Header> headers = jdbc.query("SELECT " + SHIPMENT_COLUMNS + " FROM shipment WHERE " + where,
                ShipmentRepository::header, arg);
        return assemble(headers).stream().findFirst();
    }

    /**
     * The references of the shipments (at most {@code limit}) known by this value: our own reference, a container
     * number, or any carrier or customer reference (booking, bill of lading, air waybill, customer order...).
     * Each lookup is an exact match on an indexed column.
     */
    public List<String> referencesKnownBy(String value, int limit) {
        String wanted = upper(value);
        if (wanted == null) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(List.of(wanted));
        AirWaybill.parse(wanted).value().ifPresent(awb -> forms.add(awb.toString()));
        String[] values = forms.stream().distinct().toArray(String[]::new);
        return jdbc.query("""
                SELECT reference FROM (
                    SELECT s.reference FROM shipment s WHERE s.reference = ANY(?)
                    UNION SELECT s.reference FROM shipment_container c JOIN shipment s ON s.id = c.shipment_id
                          WHERE c.container_number = ANY(?::bpchar[])
                    UNION SELECT s.reference FROM shipment_reference r JOIN shipment s ON s.id = r.shipment_id
                          WHERE r.value = ANY(?)) found
                ORDER BY reference LIMIT ?""",
                ps -> {
                    java.sql.Array array = ps.getConnection().createArrayOf("text", values);
                    ps.setArray(1, array);
                    ps.setArray(2, array);
                    ps.setArray(3, array);
                    ps.setInt(4, limit);
                },
                (rs, i) -> rs.getString(1));
    }

    /** Which of these references are already taken by a stored shipment. */
    public Set<String> existingReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("SELECT reference FROM shipment WHERE reference = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", references.toArray())),
                (rs, i) -> rs.getString(1)));
    }

    /** Newest first, keyset-paginated on (created_at, id) so pages stay stable while rows are added. */
    public ShipmentPage list(ShipmentQuery query, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + SHIPMENT_COLUMNS + " FROM shipment s WHERE true");
        List<Object> args = new ArrayList<>();
        addFilter(sql, args, "s.mode = ?", query.mode() == null ? null : query.mode().name());
        addFilter(sql, args, "s.direction = ?", query.direction() == null ? null : query.direction().name());
        addFilter(sql, args, "s.region = ?", query.region());
        addFilter(sql, args, "s.status = ?", query.status() == null ? null : query.status().name());
        addFilter(sql, args, "s.customer_code = ?", upper(query.customer()));
        addFilter(sql, args, "EXISTS (SELECT 1 FROM shipment_container c WHERE c.shipment_id = s.id"
                + " AND c.container_number = ?)", upper(query.container()));
        if (query.reference() != null) {
            sql.append(" AND (s.reference = ? OR EXISTS (SELECT 1 FROM shipment_reference r"
                    + " WHERE r.shipment_id = s.id AND r.value = ?))");
            args.add(upper(query.reference()));
            args.add(upper(query.reference()));
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" AND (s.created_at, s.id) < (?, ?)");
            args.add(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            args.add(after.id());
        }
        sql.append(" ORDER BY s.created_at DESC, s.id DESC LIMIT ?");
        args.add(limit + 1);
        List<Header> headers = jdbc.query(sql.toString(), ShipmentRepository::header, args.toArray());
        boolean more = headers.size() > limit;
        List<Header> page = more ? headers.subList(0, limit) : headers;
        String next = more ? new Cursor(page.get(page.size() - 1).createdAt, page.get(page.size() - 1).id).encode()
                : null;
        return new ShipmentPage(assemble(page), next);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static void addFilter(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    /** Position in the list, opaque to clients: base64url of "epoch-micros:uuid". */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            long micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1_000;
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
                long micros = Long.parseLong(parts[0]);
                return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                        Math.floorMod(micros, 1_000_000) * 1_000L), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidCursorException(text);
            }
        }
    }

    /** A cursor that this server did not hand out. */
    public static class InvalidCursorException extends RuntimeException {
        public InvalidCursorException(String cursor) {
            super("cursor '" + cursor + "' is not one this server issued");
        }
    }

    // ---- writing -------------------------------------------------------------------------------------------

    private static Object[] shipmentRow(Shipment s, Instant now) {
        ShipmentDetails d = s.details();
        Address od = d.origin().door();
        Address dd = d.destination().door();
        Cancellation c = s.cancellation();
        return new Object[]{
                s.id().value(), d.reference(), d.customer().code(), d.customer().name(), d.mode().name(),
                d.direction().name(), d.incoterm() == null ? null : d.incoterm().name(),
                d.origin().locode().toString(), od == null ? null : od.street(), od == null ? null : od.city(),
                od == null ? null : od.postalCode(), od == null ? null : od.countryCode(),
                d.destination().locode().toString(), dd == null ? null : dd.street(), dd == null ? null : dd.city(),
                dd == null ? null : dd.postalCode(), dd == null ? null : dd.countryCode(),
                d.cargo().pieces(), d.cargo().weightKg(), d.cargo().volumeCbm(), d.cargo().description(),
                d.carrier() == null ? null : d.carrier().toString(), d.region(), d.team(), d.promisedDelivery(),
                s.status().name(), c == null ? null : c.reason(), c == null ? null : time(c.at()),
                c == null ? null : c.by(), time(s.createdAt()), time(now), s.version()};
    }

    private void insertChildren(List<Shipment> shipments) {
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> containers = new ArrayList<>();
        List<Object[]> references = new ArrayList<>();
        List<Object[]> costs = new ArrayList<>();
        List<Object[]> legs = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        for (Shipment s : shipments) {
            UUID id = s.id().value();
            ShipmentDetails d = s.details();
            forEachIndexed(d.parties(), (i, p) -> parties.add(new Object[]{id, i, p.role().name(), p.name(),
                    p.address() == null ? null : p.address().street(), p.address() == null ? null : p.address().city(),
                    p.address() == null ? null : p.address().postalCode(),
                    p.address() == null ? null : p.address().countryCode()}));
            forEachIndexed(d.cargo().containers(), (i, c) -> containers.add(new Object[]{id, i,
                    c.number().toString(), c.sizeType() == null ? null : c.sizeType().toString()}));
            forEachIndexed(d.references(), (i, r) -> references.add(new Object[]{id, i, r.type().name(), r.value()}));
            forEachIndexed(d.budget().lines(), (i, l) -> costs.add(new Object[]{id, i, l.category().name(),
                    l.description(), l.amount().amount(), l.amount().currency().getCurrencyCode()}));
            forEachIndexed(s.plan().legs(), (i, l) -> legs.add(legRow(id, i, l)));
            forEachIndexed(s.milestones(), (i, m) -> milestones.add(new Object[]{id, m.key(), i, m.type().name(),
                    m.location().locode().toString(), m.location().facility(), m.legIndex(), time(m.planned()),
                    time(m.estimated()), time(m.actual()), stampTime(m.plannedBy()), stampKey(m.plannedBy()),
                    stampTime(m.estimatedBy()), stampKey(m.estimatedBy()), stampTime(m.actualBy()),
                    stampKey(m.actualBy())}));
        }
        int uuid = Types.OTHER;
        int text = Types.VARCHAR;
        int ts = Types.TIMESTAMP_WITH_TIMEZONE;
        jdbc.batchUpdate("INSERT INTO shipment_party VALUES (?,?,?,?,?,?,?,?)", parties,
                new int[]{uuid, Types.INTEGER, text, text, text, text, text, Types.CHAR});
        jdbc.batchUpdate("INSERT INTO shipment_container VALUES (?,?,?,?)", containers,
                new int[]{uuid, Types.INTEGER, Types.CHAR, Types.CHAR});
        jdbc.batchUpdate("INSERT INTO shipment_reference VALUES (?,?,?,?)", references,
                new int[]{uuid, Types.INTEGER, text, text});
        jdbc.batchUpdate("INSERT INTO shipment_cost_line VALUES (?,?,?,?,?,?)", costs,
                new int[]{uuid, Types.INTEGER, text, text, Types.NUMERIC, Types.CHAR});
        jdbc.batchUpdate("INSERT INTO plan_leg VALUES (" + placeholders(18) + ")", legs,
                new int[]{uuid, Types.INTEGER, text, text, text, text, Types.CHAR, text, Types.CHAR, text, ts, ts,
                        text, Types.CHAR, text, ts, ts, ts});
        jdbc.batchUpdate("INSERT INTO milestone (shipment_id, key, position, type, locode, facility, leg_index,"
                        + " planned, estimated, actual, planned_by_at, planned_by_key, estimated_by_at, estimated_by_key,"
                        + " actual_by_at, actual_by_key) VALUES (" + placeholders(16) + ")", milestones,
                new int[]{uuid, text, Types.INTEGER, text, Types.CHAR, text, Types.INTEGER, ts, ts, ts, ts, text, ts,
                        text, ts, text});
    }

    private static Object[] legRow(UUID id, int position, Leg l) {
        Conveyance c = l.conveyance();
        return new Object[]{id, position, l.type().name(), l.mode() == null ? null : l.mode().name(),
                l.vendor() == null ? null : l.vendor().code(), l.vendor() == null ? null : l.vendor().name(),
                l.from().locode().toString(), l.from().facility(), l.to().locode().toString(), l.to().facility(),
                time(l.plannedStart()), time(l.plannedEnd()), c == null ? null : c.name(),
                c == null || c.imo() == null ? null : c.imo().digits(), c == null ? null : c.voyageOrFlight(),
                time(l.cutoffs().get(CutoffType.DOCUMENTATION)), time(l.cutoffs().get(CutoffType.VGM)),
                time(l.cutoffs().get(CutoffType.CARGO))};
    }

    private interface IndexedConsumer<T> {
        void accept(int index, T item);
    }

    private static <T> void forEachIndexed(List<T> items, IndexedConsumer<T> action) {
        for (int i = 0; i < items.size(); i++) {
            action.accept(i, items.get(i));
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The shipment row, before its children are attached. */
    private record Header(UUID id, String reference, Customer customer, Mode mode, Direction direction,
                          Incoterm incoterm, Place origin, Place destination, Integer pieces, BigDecimal weightKg,
                          BigDecimal volumeCbm, String cargoDescription, Scac carrier, String region, String team,
                          LocalDate promisedDelivery, Cancellation cancellation, Instant createdAt, long version) {
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        String cancelledReason = rs.getString("cancelled_reason");
        String incoterm = rs.getString("incoterm");
        String scac = rs.getString("carrier_scac");
        java.sql.Date promised = rs.getDate("promised_delivery");
        return new Header(rs.getObject("id", UUID.class), rs.getString("reference"),
                new Customer(rs.getString("customer_code"), rs.getString("customer_name")),
                Mode.valueOf(rs.getString("mode")), Direction.valueOf(rs.getString("direction")),
                incoterm == null ? null : Incoterm.valueOf(incoterm),
                new Place(UnLocode.of(rs.getString("origin_locode")), address(rs, "origin_door_")),
                new Place(UnLocode.of(rs.getString("dest_locode")), address(rs, "dest_door_")),
                (Integer) rs.getObject("cargo_pieces"), rs.getBigDecimal("cargo_weight_kg"),
                rs.getBigDecimal("cargo_volume_cbm"), rs.getString("cargo_description"),
                scac == null ? null : Scac.of(scac), rs.getString("region"), rs.getString("team"),
                promised == null ? null : promised.toLocalDate(),
                cancelledReason == null ? null : new Cancellation(cancelledReason,
                        instant(rs, "cancelled_at"), rs.getString("cancelled_by")),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Address address(ResultSet rs, String prefix) throws SQLException {
        String street = rs.getString(prefix + "street");
        return street == null ? null : new Address(street, rs.getString(prefix + "city"),
                rs.getString(prefix + "postal"), rs.getString(prefix + "country"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    /** Attaches children to headers with one query per child table for the whole batch. */
    private List<Shipment> assemble(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        UUID[] ids = headers.stream().map(Header::id).toArray(UUID[]::new);
        Map<UUID, List<Party>> parties = children("shipment_party", ids, ShipmentRepository::party);
        Map<UUID, List<Container>> containers = children("shipment_container", ids,
                rs -> new Container(ContainerNumber.of(rs.getString("container_number")),
                        rs.getString("size_type") == null ? null : SizeType.of(rs.getString("size_type"))));
        Map<UUID, List<CarrierReference>> references = children("shipment_reference", ids,
                rs -> new CarrierReference(ReferenceType.valueOf(rs.getString("type")), rs.getString("value")));
        Map<UUID, List<CostLine>> costs = children("shipment_cost_line", ids,
                rs -> new CostLine(CostCategory.valueOf(rs.getString("category")), rs.getString("description"),
                        new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency")))));
        Map<UUID, List<Leg>> legs = children("plan_leg", ids, ShipmentRepository::leg);
        Map<UUID, List<Milestone>> milestones = children("milestone", ids, ShipmentRepository::milestone);
        List<Shipment> result = new ArrayList<>(headers.size());
        for (Header h : headers) {
            Cargo cargo = new Cargo(containers.getOrDefault(h.id, List.of()), h.pieces, h.weightKg, h.volumeCbm,
                    h.cargoDescription);
            ShipmentDetails details = new ShipmentDetails(h.reference, h.customer, h.mode, h.direction, h.incoterm,
                    parties.getOrDefault(h.id, List.of()), h.origin, h.destination, cargo,
                    references.getOrDefault(h.id, List.of()), h.carrier, h.region, h.team, h.promisedDelivery,
                    new Budget(costs.getOrDefault(h.id, List.of())));
            result.add(new Shipment(new ShipmentId(h.id), details, new Plan(legs.getOrDefault(h.id, List.of())),
                    milestones.getOrDefault(h.id, List.of()), h.cancellation, h.createdAt, h.version));
        }
        return result;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Map<UUID, List<T>> children(String table, UUID[] ids, RowReader<T> reader) {
        Map<UUID, List<T>> byShipment = new HashMap<>();
        jdbc.query("SELECT * FROM " + table + " WHERE shipment_id = ANY(?) ORDER BY shipment_id, position",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)),
                rs -> {
                    byShipment.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
                            .add(reader.read(rs));
                });
        return byShipment;
    }

    private static Party party(ResultSet rs) throws SQLException {
        String street = rs.getString("street");
        Address address = street == null ? null : new Address(street, rs.getString("city"),
                rs.getString("postal_code"), rs.getString("country_code"));
        return new Party(PartyRole.valueOf(rs.getString("role")), rs.getString("name"), address);
    }

    private static Leg leg(ResultSet rs) throws SQLException {
        String mode = rs.getString("mode");
        String vendorCode = rs.getString("vendor_code");
        String imo = rs.getString("conveyance_imo");
        String name = rs.getString("conveyance_name");
        String voyage = rs.getString("voyage_or_flight");
        Conveyance conveyance = name == null && imo == null && voyage == null ? null
                : new Conveyance(name, imo == null ? null : ImoNumber.of(imo), voyage);
        Map<CutoffType, Instant> cutoffs = new EnumMap<>(CutoffType.class);
        putIfPresent(cutoffs, CutoffType.DOCUMENTATION, instant(rs, "documentation_cutoff"));
        putIfPresent(cutoffs, CutoffType.VGM, instant(rs, "vgm_cutoff"));
        putIfPresent(cutoffs, CutoffType.CARGO, instant(rs, "cargo_cutoff"));
        return new Leg(LegType.valueOf(rs.getString("type")), mode == null ? null : TransportMode.valueOf(mode),
                vendorCode == null ? null : new Vendor(vendorCode, rs.getString("vendor_name")),
                new Location(UnLocode.of(rs.getString("from_locode")), rs.getString("from_facility")),
                new Location(UnLocode.of(rs.getString("to_locode")), rs.getString("to_facility")),
                instant(rs, "planned_start"), instant(rs, "planned_end"), conveyance, cutoffs);
    }

    private static <K, V> void putIfPresent(Map<K, V> map, K key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Milestone milestone(ResultSet rs) throws SQLException {
        return new Milestone(rs.getString("key"), MilestoneType.valueOf(rs.getString("type")),
                new Location(UnLocode.of(rs.getString("locode")), rs.getString("facility")),
                rs.getInt("leg_index"), instant(rs, "planned"), instant(rs, "estimated"), instant(rs, "actual"),
                stamp(rs, "planned_by"), stamp(rs, "estimated_by"), stamp(rs, "actual_by"));
    }

    private static EventStamp stamp(ResultSet rs, String prefix) throws SQLException {
        Instant at = instant(rs, prefix + "_at");
        return at == null ? null : new EventStamp(at, rs.getString(prefix + "_key"));
    }

    private static OffsetDateTime stampTime(EventStamp stamp) {
        return stamp == null ? null : time(stamp.reportedAt());
    }

    private static String stampKey(EventStamp stamp) {
        return stamp == null ? null : stamp.eventKey();
    }
}

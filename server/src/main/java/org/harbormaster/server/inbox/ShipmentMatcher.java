package org.harbormaster.server.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.ReferenceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the shipments an event is about, by the containers and references it names.
 *
 * <ul>
 *   <li>A reference matches a shipment's reference of the same value: transport document numbers (booking,
 *       bills of lading, air waybills) whatever type the sender gave them, since carriers label them loosely;
 *       a purchase order or customer reference only one of the same type.</li>
 *   <li>Cancelled shipments are never matched. Container numbers are reused for years, so a completed
 *       shipment is matched only by a reference, never by its container alone.</li>
 *   <li>Of the shipments left, those sharing the most with the event win: a reference and a container,
 *       then a reference, then a container. All shipments at that rank get the event (one container can
 *       carry the cargo of several house bills).</li>
 * </ul>
 *
 * Two queries for any number of events: one by container, one by reference value.
 */
@Component
class ShipmentMatcher {

    static final Set<ReferenceType> TRANSPORT_DOCUMENTS = EnumSet.of(ReferenceType.BOOKING,
            ReferenceType.MASTER_BILL_OF_LADING, ReferenceType.HOUSE_BILL_OF_LADING,
            ReferenceType.MASTER_AIR_WAYBILL, ReferenceType.HOUSE_AIR_WAYBILL);

    private final JdbcTemplate jdbc;

    ShipmentMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Holder(UUID shipmentId, String status) {
    }

    private record ReferenceHolder(UUID shipmentId, String status, ReferenceType type) {
    }

    /** For each event key, the shipments the event is about (sorted; empty when none). */
    Map<String, List<UUID>> match(Collection<MilestoneEvent> events) {
        Set<String> containers = new TreeSet<>();
        Set<String> values = new TreeSet<>();
        for (MilestoneEvent e : events) {
            e.equipment().forEach(c -> containers.add(c.toString()));
            e.references().forEach(r -> values.add(r.value()));
        }
        Map<String, List<Holder>> byContainer = containerHolders(containers);
        Map<String, List<ReferenceHolder>> byValue = referenceHolders(values);
        Map<String, List<UUID>> matches = new HashMap<>();
        for (MilestoneEvent e : events) {
            matches.put(e.eventKey(), best(e, byContainer, byValue));
        }
        return matches;
    }

    private static List<UUID> best(MilestoneEvent event, Map<String, List<Holder>> byContainer,
                                   Map<String, List<ReferenceHolder>> byValue) {
        Map<UUID, Integer> rank = new HashMap<>();
        Map<UUID, String> status = new HashMap<>();
        for (ContainerNumber container : event.equipment()) {
            for (Holder h : byContainer.getOrDefault(container.toString(), List.of())) {
                rank.merge(h.shipmentId(), 1, (a, b) -> a | b);
                status.put(h.shipmentId(), h.status());
            }
        }
        for (CarrierReference reference : event.references()) {
            for (ReferenceHolder h : byValue.getOrDefault(reference.value(), List.of())) {
                if (sameKind(reference.type(), h.type())) {
                    rank.merge(h.shipmentId(), 2, (a, b) -> a | b);
                    status.put(h.shipmentId(), h.status());
                }
            }
        }
        rank.entrySet().removeIf(r -> r.getValue() == 1 && "COMPLETED".equals(status.get(r.getKey())));
        int top = rank.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return rank.entrySet().stream().filter(r -> r.getValue() == top).map(Map.Entry::getKey).sorted().toList();
    }

    static boolean sameKind(ReferenceType a, ReferenceType b) {
        return a == b || TRANSPORT_DOCUMENTS.contains(a) && TRANSPORT_DOCUMENTS.contains(b);
    }

    /** The stored forms ('TYPE:VALUE') of event references that a shipment's reference matches. */
    static Set<String> eventReferencesMatching(ReferenceType type, String value) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReferenceType t : TRANSPORT_DOCUMENTS.contains(type) ? TRANSPORT_DOCUMENTS : EnumSet.of(type)) {
            keys.add(t.name() + ":" + value);
        }
        return keys;
    }

    private Map<String, List<Holder>> containerHolders(Set<String> containers) {
        Map<String, List<Holder>> holders = new HashMap<>();
        if (containers.isEmpty()) {
            return holders;
        }
        jdbc.query("""
                SELECT c.container_number, c.shipment_id, s.status
                FROM shipment_container c JOIN shipment s ON s.id = c.shipment_id
                WHERE c.container_number = ANY(?::bpchar[]) AND s.status <> 'CANCELLED'""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", containers.toArray())),
                rs -> {
                    holders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Holder(rs.getObject(2, UUID.class), rs.getString(3)));
                });
        return holders;
    }

    private Map<String, List<ReferenceHolder>> referenceHolders(Set<String> values) {
        Map<String, List<ReferenceHolder>> holders = new HashMap<>();
        if (values.isEmpty()) {
            return holders;
        }
        jdbc.query("""
                SELECT r.value, r.shipment_id, s.status, r.type
                FROM shipment_reference r JOIN shipment s ON s.id = r.shipment_id
                WHERE r.value = ANY(?) AND s.status <> 'CANCELLED'""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", values.toArray())),
                rs -> {
                    holders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ReferenceHolder(rs.getObject(2, UUID.class), rs.getString(3),
                                    ReferenceType.valueOf(rs.getString(4))));
                });
        return holders;
    }
}

package org.harbormaster.server.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.server.shipments.StaleShipmentException;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events that matched no shipment wait; when a shipment that matches them is booked or imported, they are
 * applied to it, as if they had arrived after it. Booking calls {@link #applyTo}; a background sweep catches
 * shipments stored while a matching event was being written (neither transaction sees the other's rows),
 * and shipments stored just before a crash.
 */
@Service
public class WaitingEvents {

    private static final Logger log = LoggerFactory.getLogger(WaitingEvents.class);
    private static final int TRANSACTION_TRIES = 5;
    private static final int SWEEP_BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final EventRepository events;
    private final FindingRepository findings;
    private final ShipmentMatcher matcher;
    private final EventApplier applier;
    private final ShipmentRepository shipments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WaitingEvents(JdbcTemplate jdbc, EventRepository events, FindingRepository findings, ShipmentMatcher matcher,
                  EventApplier applier, ShipmentRepository shipments, PlatformTransactionManager transactions,
                  Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.findings = findings;
        this.matcher = matcher;
        this.applier = applier;
        this.shipments = shipments;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Applies the waiting events for a shipment just booked; returns the shipment as it now stands. */
    public Shipment applyTo(Shipment booked) {
        try {
            int applied = applyTo(List.of(booked.id()));
            return applied == 0 ? booked : shipments.findById(booked.id()).orElse(booked);
        } catch (RuntimeException e) {
            // The booking stands; the sweep applies the events later.
            log.warn("Waiting events for {} not applied now: {}", booked.reference(), e.toString());
            return booked;
        }
    }

    /** {@link #applyTo(Collection)} for a batch just imported; a failure leaves the events to the sweep. */
    public void applyToImported(List<Shipment> imported) {
        try {
            applyTo(imported.stream().map(Shipment::id).toList());
        } catch (RuntimeException e) {
            log.warn("Waiting events for {} imported shipments not applied now: {}", imported.size(), e.toString());
        }
    }

    /** Applies the waiting events that match these shipments (just stored); returns how many were applied. */
    public int applyTo(Collection<ShipmentId> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return 0;
        }
        UUID[] ids = shipmentIds.stream().map(ShipmentId::value).toArray(UUID[]::new);
        Set<String> containers = new TreeSet<>(jdbc.query(
                "SELECT container_number FROM shipment_container WHERE shipment_id = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)), (rs, i) -> rs.getString(1)));
        Set<String> references = new TreeSet<>();
        jdbc.query("SELECT type, value FROM shipment_reference WHERE shipment_id = ANY(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)),
                rs -> {
                    references.addAll(ShipmentMatcher.eventReferencesMatching(ReferenceType.valueOf(rs.getString(1)),
                            rs.getString(2)));
                });
        if (containers.isEmpty() && references.isEmpty()) {
            return 0;
        }
        return inTransaction(() -> applyLocked(events.lockWaiting(containers, references)));
    }

    /** Applies every waiting event that some stored shipment matches: the sweep at start-up. */
    public int applyToAnyMatch() {
        int applied = 0;
        String after = "";
        while (true) {
            List<String> candidates = events.waitingWithAPossibleShipment(after, SWEEP_BATCH);
            if (candidates.isEmpty()) {
                return applied;
            }
            applied += inTransaction(() -> applyLocked(events.lockWaitingByKey(candidates)));
            after = candidates.get(candidates.size() - 1);
        }
    }

    /** Applies the waiting events that match shipments created since {@code since}: the periodic sweep. */
    public int applyToShipmentsCreatedSince(Instant since) {
        List<ShipmentId> recent = jdbc.query("SELECT id FROM shipment WHERE created_at >= ?",
                (rs, i) -> new ShipmentId(rs.getObject(1, UUID.class)), InboxRepository.time(since));
        return applyTo(recent);
    }

    private int applyLocked(List<MilestoneEvent> waiting) {
        if (waiting.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, List<UUID>> matches = matcher.match(waiting);
        EventApplier.Result result = applier.apply(waiting, matches, now);
        events.stopWaiting(result.appliedKeys());
        findings.insert(result.findings(), now);
        return result.appliedKeys().size();
    }

    private int inTransaction(java.util.function.Supplier<Integer> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer applied = transaction.execute(status -> work.get());
                return applied == null ? 0 : applied;
            } catch (TransientDataAccessException | StaleShipmentException e) {
                if (attempt == TRANSACTION_TRIES) {
                    log.warn("Waiting events not applied now (the sweep tries again): {}", e.toString());
                    return 0;
                }
            }
        }
    }
}

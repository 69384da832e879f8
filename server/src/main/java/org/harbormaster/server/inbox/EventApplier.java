package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.harbormaster.event.DataQualityCheck;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.Finding;
import org.harbormaster.event.FindingCode;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.server.inbox.EventRepository.Application;
import org.harbormaster.server.exceptions.ShipmentReviewer;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.server.shipments.ShipmentRepository.MilestoneChanges;
import org.harbormaster.shipment.Shipment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies stored events to the shipments they matched, inside the caller's transaction: the shipments are
 * locked (in id order, so two messages for the same shipments never deadlock) and read in one go, each is
 * given all its events and checked against its plan, and all are written in one batch: only the milestones
 * that changed, and each one's status and version.
 */
@Component
class EventApplier {

    /** Findings that do not depend on a shipment; recorded once, when the event is first stored. */
    static final Set<FindingCode> ABOUT_THE_EVENT_ALONE = EnumSet.of(FindingCode.UNKNOWN_CODE,
            FindingCode.ACTUAL_IN_FUTURE, FindingCode.UNMATCHED, FindingCode.BAD_CHECK_DIGIT);

    private final ShipmentRepository shipments;
    private final EventRepository events;
    private final JdbcTemplate jdbc;
    private final ShipmentReviewer reviewer;

    EventApplier(ShipmentRepository shipments, EventRepository events, JdbcTemplate jdbc,
                 ShipmentReviewer reviewer) {
        this.shipments = shipments;
        this.reviewer = reviewer;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The keys of the events now in at least one shipment's history, and the findings against the plans. */
    record Result(Set<String> appliedKeys, List<FindingRecord> findings) {
    }

    Result apply(List<MilestoneEvent> toApply, Map<String, List<UUID>> matches, Instant at) {
        Map<UUID, List<MilestoneEvent>> byShipment = new TreeMap<>();
        for (MilestoneEvent event : toApply) {
            for (UUID shipment : matches.getOrDefault(event.eventKey(), List.of())) {
                byShipment.computeIfAbsent(shipment, k -> new ArrayList<>()).add(event);
            }
        }
        Set<String> applied = new HashSet<>();
        List<FindingRecord> findings = new ArrayList<>();
        if (byShipment.isEmpty()) {
            return new Result(applied, findings);
        }
        lock(byShipment.keySet());
        Map<UUID, Shipment> stored = new HashMap<>();
        shipments.findAllById(byShipment.keySet()).forEach(s -> stored.put(s.id().value(), s));
        List<Application> applications = new ArrayList<>();
        List<MilestoneChanges> changes = new ArrayList<>();
        for (Map.Entry<UUID, List<MilestoneEvent>> entry : byShipment.entrySet()) {
            Shipment shipment = stored.get(entry.getKey());
            if (shipment == null || shipment.isCancelled()) {
                continue;   // cancelled since it was matched
            }
            List<MilestoneEvent> events = new ArrayList<>(entry.getValue());
            events.sort(Comparator.comparing(MilestoneEvent::eventKey));
            Set<String> changed = new HashSet<>();
            for (MilestoneEvent event : events) {
                for (Finding finding : DataQualityCheck.check(event, shipment)) {
                    if (!ABOUT_THE_EVENT_ALONE.contains(finding.code())) {
                        findings.add(new FindingRecord(event.eventKey(), event.messageId(), entry.getKey(),
                                finding.code(), finding.detail(), event.source()));
                    }
                }
                EventApplication.Applied result = EventApplication.apply(shipment, event);
                shipment = result.shipment();
                applications.add(new Application(entry.getKey(), event.eventKey(),
                        result.milestone() == null ? null : result.milestone().key(), result.outcome().name()));
                applied.add(event.eventKey());
                if (result.outcome() == EventApplication.Outcome.APPLIED) {
                    changed.add(result.milestone().key());
                }
            }
            if (!changed.isEmpty()) {
                changes.add(new MilestoneChanges(shipment,
                        shipment.milestones().stream().filter(m -> changed.contains(m.key())).toList()));
            }
        }
        shipments.saveMilestones(changes);
        reviewer.review(changes.stream().map(MilestoneChanges::shipment).toList(), at);
        events.insertApplications(applications, at);
        return new Result(applied, findings);
    }

    private void lock(Set<UUID> shipmentIds) {
        jdbc.query("SELECT id FROM shipment WHERE id = ANY(?) ORDER BY id FOR UPDATE",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", shipmentIds.toArray())),
                rs -> {
                });
    }
}

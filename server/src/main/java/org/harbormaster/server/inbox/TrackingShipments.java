package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.tracking.ContainerTrips;
import org.harbormaster.tracking.TrackingOnlyShipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A container-tracking service's export names containers nobody booked here: as tracking services do, each trip
 * of such a container becomes a tracking-only shipment (see {@link TrackingOnlyShipment}), inside the transaction
 * that stores the message's events, and the trip's events are matched to it. Only the events of the message
 * count; a trip whose events show no voyage stays unmatched, its events waiting as any others.
 * {@code harbormaster.tracking.create-shipments=false} turns this off.
 */
@Component
class TrackingShipments {

    private static final Logger log = LoggerFactory.getLogger(TrackingShipments.class);

    private final ShipmentRepository shipments;
    private final boolean enabled;

    TrackingShipments(ShipmentRepository shipments,
                      @Value("${harbormaster.tracking.create-shipments:true}") boolean enabled) {
        this.shipments = shipments;
        this.enabled = enabled;
    }

    /**
     * Creates the shipments for the message's unmatched events, if it is a tracking export; updates
     * {@code matches} and {@code unmatched} for the events now matched; returns the shipments created.
     */
    List<Shipment> createFor(EventFormat format, byte[] content, List<MilestoneEvent> read,
                             Map<String, List<UUID>> matches, Set<String> unmatched, Instant now) {
        if (!enabled || format != EventFormat.CSV || unmatched.isEmpty() || !StatusCsvParser.isTrackingExport(content)) {
            return List.of();
        }
        Map<ContainerNumber, List<MilestoneEvent>> byContainer = new LinkedHashMap<>();
        for (MilestoneEvent e : read) {
            if (unmatched.contains(e.eventKey()) && e.equipment().size() == 1) {
                byContainer.computeIfAbsent(e.equipment().get(0), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Shipment> byReference = new LinkedHashMap<>();
        Map<String, List<MilestoneEvent>> tripEvents = new LinkedHashMap<>();
        byContainer.forEach((container, events) -> {
            for (List<MilestoneEvent> trip : ContainerTrips.split(events)) {
                TrackingOnlyShipment.of(container, trip).ifPresent(t -> {
                    Shipment shipment = Shipment.book(ShipmentId.random(), t.details(), t.plan(), now);
                    if (byReference.putIfAbsent(shipment.reference(), shipment) == null) {
                        tripEvents.put(shipment.reference(), trip);
                    }
                });
            }
        });
        Set<String> taken = byReference.isEmpty() ? Set.of() : shipments.existingReferences(byReference.keySet());
        List<Shipment> fresh = new ArrayList<>();
        byReference.forEach((reference, shipment) -> {
            if (taken.contains(reference)) {
                return;   // made from an earlier export: its events matched it, or it is finished
            }
            fresh.add(shipment);
            tripEvents.get(reference).forEach(e -> {
                matches.put(e.eventKey(), List.of(shipment.id().value()));
                unmatched.remove(e.eventKey());
            });
        });
        shipments.insertAll(fresh);
        if (!fresh.isEmpty()) {
            log.info("Made {} tracking-only shipments from the tracking export's unmatched containers", fresh.size());
        }
        return fresh;
    }
}

package org.harbormaster.simulator.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;

/**
 * Shipments held in memory for a simulation, indexed the way the server's matcher looks events up: by
 * container number and by reference value. Matching follows the server's rule in its simplest form: the
 * shipments sharing a reference with the event win over those sharing only a container.
 */
public final class InMemoryShipments {

    private final Map<ShipmentId, Shipment> byId = new HashMap<>();
    private final Map<String, List<ShipmentId>> byContainer = new HashMap<>();
    private final Map<String, List<ShipmentId>> byReference = new HashMap<>();

    public void add(Shipment shipment) {
        byId.put(shipment.id(), shipment);
        for (Container container : shipment.details().cargo().containers()) {
            byContainer.computeIfAbsent(container.number().value(), k -> new ArrayList<>(1)).add(shipment.id());
        }
        for (CarrierReference reference : shipment.details().references()) {
            byReference.computeIfAbsent(reference.value(), k -> new ArrayList<>(1)).add(shipment.id());
        }
    }

    public Shipment get(ShipmentId id) {
        return byId.get(id);
    }

    public void save(Shipment shipment) {
        byId.put(shipment.id(), shipment.withVersion(shipment.version() + 1));
    }

    public int size() {
        return byId.size();
    }

    /** The shipments an event is about; empty when it names nothing known. */
    public List<ShipmentId> match(MilestoneEvent event) {
        Set<ShipmentId> byRef = new LinkedHashSet<>();
        for (CarrierReference reference : event.references()) {
            byRef.addAll(byReference.getOrDefault(reference.value(), List.of()));
        }
        if (!byRef.isEmpty()) {
            return List.copyOf(byRef);
        }
        Set<ShipmentId> byBox = new LinkedHashSet<>();
        for (ContainerNumber container : event.equipment()) {
            byBox.addAll(byContainer.getOrDefault(container.value(), List.of()));
        }
        return List.copyOf(byBox);
    }
}

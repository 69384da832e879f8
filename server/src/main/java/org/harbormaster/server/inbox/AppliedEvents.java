package org.harbormaster.server.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.event.MilestoneEvent;
import org.springframework.stereotype.Component;

/** Every event each shipment was given, as stored: what a replay of its history (a backtest) reads. */
@Component
public class AppliedEvents {

    private final EventRepository events;

    AppliedEvents(EventRepository events) {
        this.events = events;
    }

    public Map<UUID, List<MilestoneEvent>> of(Collection<UUID> shipmentIds) {
        return events.appliedTo(shipmentIds);
    }
}

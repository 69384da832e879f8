package org.harbormaster.simulator.operations;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.shipment.Shipment;

/**
 * Raises work items from a shipment as Harbormaster knows it (its plan and the milestones its messages set),
 * never from what really happened. The simulation reviews every open shipment once a day; the exception
 * engine of issue 5 can take this role once it exists.
 */
public interface WorkItemSource {

    List<WorkItem> review(Shipment shipment, Instant now);

    /**
     * Work items an event raises that reports no milestone of the plan (a customs hold, an inspection), for
     * the shipment it matched. None unless a source says otherwise.
     */
    default List<WorkItem> signalled(Shipment shipment, MilestoneEvent event, Instant now) {
        return List.of();
    }
}

package org.harbormaster.simulator.operations;

import java.time.Instant;
import java.util.List;
import org.harbormaster.shipment.Shipment;

/**
 * Raises work items from a shipment as Harbormaster knows it (its plan and the milestones its messages set),
 * never from what really happened. The simulation reviews every open shipment once a day; the exception
 * engine of issue 5 can take this role once it exists.
 */
public interface WorkItemSource {

    List<WorkItem> review(Shipment shipment, Instant now);
}

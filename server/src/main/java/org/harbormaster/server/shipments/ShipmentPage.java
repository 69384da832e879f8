package org.harbormaster.server.shipments;

import java.util.List;
import org.harbormaster.shipment.Shipment;

/** One page of a shipment list and the cursor of the next page (null on the last page). */
public record ShipmentPage(List<Shipment> items, String nextCursor) {
}

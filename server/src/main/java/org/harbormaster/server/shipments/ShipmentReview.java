package org.harbormaster.server.shipments;

import java.util.Collection;
import org.harbormaster.shipment.Shipment;

/**
 * What happens after a shipment is booked, re-planned, imported or cancelled: it is predicted again and its
 * exception rules run (events do the same in their own transaction). Implemented by the exception engine.
 */
public interface ShipmentReview {

    /** Reviews these shipments now; never fails the caller (a failure is logged and the next sweep catches up). */
    void review(Collection<Shipment> shipments);
}

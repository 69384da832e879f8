package org.harbormaster.server.shipments;

import java.util.Collection;
import java.util.Optional;
import org.harbormaster.shipment.Shipment;

/**
 * The prediction capability, as shipments see it: each shipment's latest prediction, and making it again when a
 * shipment is booked, re-planned or imported (events remake it themselves, in their own transaction).
 */
public interface PredictedArrivals {

    Optional<ShipmentView.PredictionView> latestFor(Shipment shipment);

    /** Predicts these shipments again and keeps the result; never fails the caller (a failure is logged). */
    void remake(Collection<Shipment> shipments);
}

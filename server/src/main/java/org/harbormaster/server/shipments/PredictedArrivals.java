package org.harbormaster.server.shipments;

import java.util.Optional;
import org.harbormaster.shipment.Shipment;

/** The prediction capability, as the shipment resource sees it: each shipment's latest prediction. */
public interface PredictedArrivals {

    Optional<ShipmentView.PredictionView> latestFor(Shipment shipment);
}

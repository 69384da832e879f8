package org.harbormaster.server.shipments;

import java.util.Optional;
import org.harbormaster.shipment.Shipment;

/** Where the shipment resource finds a shipment's latest prediction (kept by the prediction capability). */
public interface ShipmentPredictionSource {

    Optional<ShipmentView.PredictionView> latestFor(Shipment shipment);
}

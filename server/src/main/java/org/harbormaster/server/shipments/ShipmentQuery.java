package org.harbormaster.server.shipments;

import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.ShipmentStatus;

/**
 * Filters of the shipment list; null means "any". {@code reference} matches our own reference or any
 * carrier or customer reference; {@code customer} matches the customer code.
 */
public record ShipmentQuery(Mode mode, Direction direction, String region, ShipmentStatus status, String customer,
                            String container, String reference) {

    public static ShipmentQuery all() {
        return new ShipmentQuery(null, null, null, null, null, null, null);
    }
}

package org.harbormaster.server.shipments;

public class ShipmentNotFoundException extends RuntimeException {

    public ShipmentNotFoundException(String idOrReference) {
        super("no shipment " + idOrReference);
    }
}

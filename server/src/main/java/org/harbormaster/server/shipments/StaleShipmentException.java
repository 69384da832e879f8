package org.harbormaster.server.shipments;

/** Someone else changed the shipment since the caller read it (optimistic locking on its version). */
public class StaleShipmentException extends RuntimeException {

    public StaleShipmentException(String reference, long expected, long actual) {
        super("shipment " + reference + " is at version " + actual + ", not " + expected
                + ": reload it and apply the change again");
    }
}

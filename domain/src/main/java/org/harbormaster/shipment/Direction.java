package org.harbormaster.shipment;

/** Seen from the forwarder's office that owns the shipment. */
public enum Direction {
    IMPORT,
    EXPORT
}

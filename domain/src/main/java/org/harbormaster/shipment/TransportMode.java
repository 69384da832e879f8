package org.harbormaster.shipment;

public enum TransportMode {
    VESSEL,
    BARGE,
    RAIL,
    TRUCK,
    AIRCRAFT
}

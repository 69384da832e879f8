package org.harbormaster.shipment;

/** Where a shipment stands, derived from its milestones; never set by hand (except cancellation). */
public enum ShipmentStatus {
    BOOKED,
    IN_TRANSIT,
    ARRIVED,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}

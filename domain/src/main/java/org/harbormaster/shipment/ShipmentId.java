package org.harbormaster.shipment;

import java.util.Objects;
import java.util.UUID;

/** The system's own identity of a shipment; stable for its whole life, unlike any reference. */
public record ShipmentId(UUID value) {

    public ShipmentId {
        Objects.requireNonNull(value, "value");
    }

    public static ShipmentId random() {
        return new ShipmentId(UUID.randomUUID());
    }

    public static ShipmentId of(String text) {
        return new ShipmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.harbormaster.shipment;

import java.util.Objects;
import java.util.Optional;
import org.harbormaster.identity.UnLocode;

/**
 * Origin or destination of a shipment: always a port or airport by UN/LOCODE, plus the door's address
 * when the service reaches the door.
 */
public record Place(UnLocode locode, Address door) {

    public Place {
        Objects.requireNonNull(locode, "locode");
    }

    public static Place port(UnLocode locode) {
        return new Place(locode, null);
    }

    public boolean isDoor() {
        return door != null;
    }

    public Optional<Address> doorAddress() {
        return Optional.ofNullable(door);
    }
}

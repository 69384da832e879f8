package org.harbormaster.shipment;

import java.time.ZoneId;
import java.util.Objects;
import org.harbormaster.identity.UnLocode;

/** A place a leg starts or ends: the UN/LOCODE and, where known, the facility (terminal, ramp, CFS, door). */
public record Location(UnLocode locode, String facility) {

    public Location {
        Objects.requireNonNull(locode, "locode");
        facility = Text.optional(facility);
    }

    public static Location of(UnLocode locode) {
        return new Location(locode, null);
    }

    public ZoneId zone() {
        return locode.zone();
    }

    @Override
    public String toString() {
        return facility == null ? locode.toString() : locode + " (" + facility + ")";
    }
}

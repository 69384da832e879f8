package org.harbormaster.formats.csv;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A time as a row states it: either with its UTC offset, or as the clock on the wall at a port, which
 * becomes an instant only once the port's time zone is known.
 */
record StatedTime(LocalDateTime local, ZoneOffset offset) {

    boolean isLocal() {
        return offset == null;
    }

    /** The instant; the port's zone is used only for a local time and may be null otherwise. */
    Instant at(ZoneId portZone) {
        return offset == null ? local.atZone(portZone).toInstant() : local.toInstant(offset);
    }
}

package org.harbormaster.identity;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the UN/LOCODE list says about a location, with the time zone Harbormaster assigns to it.
 *
 * @param functions the UN/LOCODE function string, e.g. {@code 1--45---}; empty when the source did not give it
 * @param latitude  decimal degrees, null when the list has no coordinates
 * @param longitude decimal degrees, null when the list has no coordinates
 */
public record LocationInfo(String code, String name, String subdivision, String functions,
                           Double latitude, Double longitude, ZoneId zone) {

    public LocationInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        name = Objects.requireNonNullElse(name, "");
        subdivision = Objects.requireNonNullElse(subdivision, "");
        functions = Objects.requireNonNullElse(functions, "");
    }

    public boolean isSeaport() {
        return hasFunction('1');
    }

    public boolean isRailTerminal() {
        return hasFunction('2');
    }

    public boolean isAirport() {
        return hasFunction('4');
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    private boolean hasFunction(char function) {
        return functions.indexOf(function) >= 0;
    }
}

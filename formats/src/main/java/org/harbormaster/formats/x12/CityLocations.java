package org.harbormaster.formats.x12;

import java.util.List;
import java.util.Set;
import org.harbormaster.identity.LocationInfo;
import org.harbormaster.identity.UnLocodeDirectory;

/**
 * UN/LOCODEs by place name, for the X12 locations a carrier gives as a city name (qualifier {@code CI}, e.g.
 * {@code B4*...*LOCKBOURNE*CI}). Only a name that points at exactly one location within the countries the
 * message names is resolved (see {@link LocationReader}): a wrong guess would put the event, and its time
 * zone, in the wrong place.
 */
final class CityLocations {

    private static final CityLocations STANDARD = new CityLocations(UnLocodeDirectory.standard());

    private final UnLocodeDirectory directory;

    private CityLocations(UnLocodeDirectory directory) {
        this.directory = directory;
    }

    static CityLocations standard() {
        return STANDARD;
    }

    /** The codes in these countries whose place name is {@code city}, compared without case, accents or punctuation. */
    List<String> codesNamed(String city, Set<String> countries) {
        return directory.named(city).stream().map(LocationInfo::code)
                .filter(code -> countries.contains(code.substring(0, 2))).toList();
    }
}

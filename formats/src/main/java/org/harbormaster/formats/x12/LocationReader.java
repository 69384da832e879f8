package org.harbormaster.formats.x12;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;

/**
 * Turns an X12 location (a qualifier and an identifier, as in B4-11/12 and R4-02/03) into a UN/LOCODE:
 * {@code UN} is a UN/LOCODE, {@code CI} a city name looked up in the UN/LOCODE list. Census Schedule D and K
 * codes, and other qualifiers, have no table here and are reported as unresolvable.
 */
final class LocationReader {

    private final Supplier<CityLocations> cities;

    /** @param cities the city index, asked for only when a message names a place by city */
    LocationReader(Supplier<CityLocations> cities) {
        this.cities = cities;
    }

    /**
     * @param countries the countries the transaction names (R4-05, UN/LOCODE prefixes), within which a city
     *                  name is looked up
     */
    Parsed<UnLocode> read(String qualifier, String identifier, Set<String> countries) {
        String kind = qualifier.strip().toUpperCase(Locale.ROOT);
        if (identifier.isBlank()) {
            return Parsed.invalid(identifier, "no location identifier");
        }
        return switch (kind) {
            case "UN", "" -> UnLocode.parse(identifier);
            case "CI" -> city(identifier, countries);
            case "D", "K" -> Parsed.invalid(identifier, "location '" + identifier + "' is a US Census Schedule "
                    + kind + " code, which Harbormaster cannot turn into a UN/LOCODE");
            default -> Parsed.invalid(identifier, "location qualifier '" + qualifier
                    + "' is not one Harbormaster reads (UN for a UN/LOCODE, CI for a city name)");
        };
    }

    /**
     * A city name is looked up only within the countries the transaction names: place names repeat across
     * the world, and a name unique in the list (ATLANTIS is a town in South Africa) is no proof.
     */
    private Parsed<UnLocode> city(String name, Set<String> countries) {
        if (countries.isEmpty()) {
            return Parsed.invalid(name, "city '" + name + "' cannot be looked up: the transaction names no country");
        }
        List<String> codes = cities.get().codesNamed(name, countries);
        String scope = " in " + String.join(", ", countries.stream().sorted().toList());
        if (codes.isEmpty()) {
            return Parsed.invalid(name, "city '" + name + "' matches no place in the UN/LOCODE list" + scope);
        }
        if (codes.size() > 1) {
            return Parsed.invalid(name, "city '" + name + "' matches " + codes.size() + " places in the UN/LOCODE list"
                    + scope + " (" + String.join(", ", codes.stream().sorted().limit(5).toList())
                    + (codes.size() > 5 ? ", ..." : "") + ")");
        }
        return UnLocode.parse(codes.get(0));
    }
}

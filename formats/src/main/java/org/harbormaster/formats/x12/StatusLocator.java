package org.harbormaster.formats.x12;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;

/**
 * Where a 315's status happened, which also decides its time zone: B4 times are local there. The R4 with
 * function 5 (activity location) is asked first, then B4-11 with its qualifier B4-12, then B4-06 (a port code,
 * or a city name). Without any, the time cannot be placed in a zone: it is read as UTC and the failure says so.
 */
final class StatusLocator {

    private final LocationReader locations;

    StatusLocator(LocationReader locations) {
        this.locations = locations;
    }

    Located locate(Segment b4, List<Segment> segments, Set<String> countries, X12Place place, Failures failures) {
        for (Segment r4 : segments) {
            if (r4.tag().equals("R4") && r4.element(1).equals("5")) {
                Parsed<UnLocode> activity = locations.read(r4.element(2), r4.element(3), countries);
                if (activity.isValid()) {
                    return new Located(activity.value(), r4.has(6) ? r4.element(6) : null);
                }
                failures.add(place.at(r4, 3), activity.problem().orElseThrow());
            }
        }
        List<String> problems = new ArrayList<>();
        if (b4.has(11)) {
            Parsed<UnLocode> located = locations.read(b4.element(12), b4.element(11), countries);
            if (located.isValid()) {
                return new Located(located.value(), null);
            }
            problems.add("B4-11: " + located.problem().orElseThrow());
        }
        if (b4.has(6)) {
            Parsed<UnLocode> port = UnLocode.parse(b4.element(6));
            if (!port.isValid()) {
                port = locations.read("CI", b4.element(6), countries);
            }
            if (port.isValid()) {
                return new Located(port.value(), null);
            }
            problems.add("B4-06: '" + b4.element(6) + "' is neither a UN/LOCODE nor a city the list knows");
        }
        String why = problems.isEmpty() ? "no status location (B4-06, B4-11 or an R4 with function 5)"
                : String.join("; ", problems);
        failures.add(place.at(b4, b4.has(11) ? 11 : 6), why + "; the status time " + b4.element(4) + " "
                + b4.element(5) + " is local to an unknown place and is read as UTC");
        return new Located(Optional.empty(), null);
    }

    /** The countries the transaction names (R4-05, UN/LOCODE prefixes): city names are looked up within them. */
    static Set<String> countriesNamed(List<Segment> segments, Segment b4) {
        Set<String> countries = new LinkedHashSet<>();
        for (Segment segment : segments) {
            if (segment.tag().equals("R4")) {
                addCountry(countries, segment.element(5));
                if (segment.element(2).equalsIgnoreCase("UN") && segment.element(3).length() == 5) {
                    addCountry(countries, segment.element(3).substring(0, 2));
                }
            }
        }
        if (b4.element(12).equalsIgnoreCase("UN") && b4.element(11).length() == 5) {
            addCountry(countries, b4.element(11).substring(0, 2));
        }
        return countries;
    }

    private static void addCountry(Set<String> countries, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            countries.add(upper);
        }
    }

    /** @param facility the terminal R4-06 names, when the place came from an R4 */
    record Located(Optional<UnLocode> location, String facility) {
    }
}

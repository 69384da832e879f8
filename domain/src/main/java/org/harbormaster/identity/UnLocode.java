package org.harbormaster.identity;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A UN/LOCODE, e.g. {@code USLGB} (Long Beach) or {@code CNYTN} (Yantian): a two-letter country code and a
 * three-character location code of letters and the digits 2 to 9. Only codes in the shipped list
 * (UN/LOCODE 2024-2, see {@link UnLocodeDirectory}) are accepted, so a well-formed typo is still caught.
 */
public record UnLocode(String value) {

    private static final String LIST_NAME = "UN/LOCODE 2024-2 list";

    public UnLocode {
        value = normalize(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(value, problem);
        }
    }

    public static Parsed<UnLocode> parse(String text) {
        String candidate = normalize(text);
        String problem = problemWith(candidate);
        return problem == null ? Parsed.valid(new UnLocode(candidate)) : Parsed.invalid(text, problem);
    }

    public static UnLocode of(String text) {
        return parse(text).orElseThrow();
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    public String locationCode() {
        return value.substring(2);
    }

    public LocationInfo info() {
        return UnLocodeDirectory.standard().find(value)
                .orElseThrow(() -> new IllegalStateException(value + " vanished from the " + LIST_NAME));
    }

    public ZoneId zone() {
        return info().zone();
    }

    public String name() {
        return info().name();
    }

    @Override
    public String toString() {
        return value;
    }

    /** Upper case, and without the space or hyphen often written between country and location ("US LGB"). */
    private static String normalize(String text) {
        return text == null ? null : text.strip().transform(Separators::strip).toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "UN/LOCODE is required";
        }
        if (candidate.length() != 5) {
            return "UN/LOCODE must have 5 characters (2-letter country, 3-character location), got "
                    + candidate.length();
        }
        String country = candidate.substring(0, 2);
        if (!country.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return "country code '" + country + "' must be two letters A-Z";
        }
        String location = candidate.substring(2);
        if (!location.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '9'))) {
            return "location code '" + location + "' may only use letters A-Z and digits 2-9";
        }
        if (!UnLocodeDirectory.standard().contains(candidate)) {
            return "UN/LOCODE " + candidate + " is not in the " + LIST_NAME;
        }
        return null;
    }
}

package org.harbormaster.identity;

import java.util.Locale;

/**
 * An IMO ship identification number: seven digits, the last a check digit, usually written with the
 * prefix ({@code IMO 9074729}). It stays with the hull for life, unlike the vessel's name or flag.
 * Company IMO numbers follow a different rule and are not accepted here.
 */
public record ImoNumber(String value) {

    private static final String PREFIX = "IMO";

    public ImoNumber {
        value = normalize(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(value, problem);
        }
        value = PREFIX + value;
    }

    public static Parsed<ImoNumber> parse(String text) {
        String digits = normalize(text);
        String problem = problemWith(digits);
        return problem == null ? Parsed.valid(new ImoNumber(digits)) : Parsed.invalid(text, problem);
    }

    public static ImoNumber of(String text) {
        return parse(text).orElseThrow();
    }

    /** The check digit of the first six digits: weighted 7, 6, 5, 4, 3, 2 from the left, summed, modulo 10. */
    public static int checkDigit(String firstSix) {
        if (firstSix == null || firstSix.length() != 6 || !firstSix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an IMO check digit needs exactly 6 digits, got '" + firstSix + "'");
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (firstSix.charAt(i) - '0') * (7 - i);
        }
        return sum % 10;
    }

    /** The seven digits without the prefix, e.g. {@code 9074729}. */
    public String digits() {
        return value.substring(PREFIX.length());
    }

    @Override
    public String toString() {
        return value;
    }

    /** The digits alone: without the "IMO" prefix, the spaces or hyphen after it and surrounding spaces. */
    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        String withoutPrefix = upper.startsWith(PREFIX) ? upper.substring(PREFIX.length()) : upper;
        return withoutPrefix.replaceFirst("^[\\s-]+", "");
    }

    private static String problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "IMO number is required";
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return "IMO number must be 7 digits after the optional 'IMO' prefix, found '" + c + "'";
            }
        }
        if (digits.length() != 7) {
            return "IMO number must have 7 digits, got " + digits.length();
        }
        int expected = checkDigit(digits.substring(0, 6));
        char given = digits.charAt(6);
        if (given - '0' != expected) {
            return "check digit is " + given + ", expected " + expected;
        }
        return null;
    }
}

package org.harbormaster.identity;

import java.util.Locale;

/**
 * An ISO 6346 container number: owner code, category identifier, six-digit serial and check digit,
 * e.g. {@code CSQU3054383}. Written with spaces or hyphens ({@code CSQU 305438 3}) on boxes and
 * paperwork; the canonical form has none.
 */
public record ContainerNumber(String value) {

    private static final int LENGTH = 11;
    private static final int[] LETTER_VALUES = letterValues();

    public ContainerNumber {
        value = normalize(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(value, problem);
        }
    }

    public static Parsed<ContainerNumber> parse(String text) {
        String candidate = normalize(text);
        String problem = problemWith(candidate);
        return problem == null ? Parsed.valid(new ContainerNumber(candidate)) : Parsed.invalid(text, problem);
    }

    public static ContainerNumber of(String text) {
        return parse(text).orElseThrow();
    }

    /**
     * The check digit of the first ten characters (owner code, category, serial): each character's
     * value, letters counted from A=10 while skipping multiples of 11, weighted by 2 to the power of
     * its position, summed, taken modulo 11 and then modulo 10.
     */
    public static int checkDigit(String firstTen) {
        if (firstTen == null || firstTen.length() != LENGTH - 1) {
            throw new IllegalArgumentException("a check digit needs exactly 10 characters, got '" + firstTen + "'");
        }
        int sum = 0;
        for (int position = 0; position < firstTen.length(); position++) {
            sum += characterValue(firstTen.charAt(position)) << position;
        }
        return sum % 11 % 10;
    }

    public String ownerCode() {
        return value.substring(0, 3);
    }

    public char categoryIdentifier() {
        return value.charAt(3);
    }

    public String serialNumber() {
        return value.substring(4, 10);
    }

    public int checkDigit() {
        return value.charAt(10) - '0';
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? null : text.strip().transform(Separators::strip).toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "container number is required";
        }
        if (candidate.length() != LENGTH) {
            return "container number must have 11 characters (owner code, category, serial, check digit), got "
                    + candidate.length();
        }
        String owner = candidate.substring(0, 3);
        if (!owner.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return "owner code '" + owner + "' must be three letters A-Z";
        }
        char category = candidate.charAt(3);
        if ("UJZ".indexOf(category) < 0) {
            return "category identifier '" + category
                    + "' must be U (freight container), J (detachable equipment) or Z (trailer or chassis)";
        }
        String serial = candidate.substring(4, 10);
        if (!serial.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "serial number '" + serial + "' must be six digits";
        }
        char given = candidate.charAt(10);
        if (given < '0' || given > '9') {
            return "check digit '" + given + "' must be a digit";
        }
        int expected = checkDigit(candidate.substring(0, 10));
        if (given - '0' != expected) {
            return "check digit is " + given + ", expected " + expected;
        }
        return null;
    }

    private static int characterValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char letter = Character.toUpperCase(c);
        if (letter >= 'A' && letter <= 'Z') {
            return LETTER_VALUES[letter - 'A'];
        }
        throw new IllegalArgumentException("'" + c + "' has no ISO 6346 value: only letters A-Z and digits do");
    }

    /** A=10, B=12 ... Z=38: counting up from 10 and leaving out 11, 22 and 33. */
    private static int[] letterValues() {
        int[] values = new int[26];
        int next = 10;
        for (int letter = 0; letter < values.length; letter++) {
            if (next % 11 == 0) {
                next++;
            }
            values[letter] = next++;
        }
        return values;
    }
}

package org.harbormaster.identity;

/**
 * An air waybill number: the issuing airline's 3-digit prefix and an 8-digit serial whose last digit is
 * the first seven taken modulo 7, e.g. {@code 176-12345675}. Written with a hyphen or spaces, or none.
 */
public record AirWaybill(String value) {

    private static final int DIGITS = 11;

    public AirWaybill {
        String digits = normalize(value);
        String problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidValueException(value, problem);
        }
        value = digits.substring(0, 3) + "-" + digits.substring(3);
    }

    public static Parsed<AirWaybill> parse(String text) {
        String digits = normalize(text);
        String problem = problemWith(digits);
        return problem == null ? Parsed.valid(new AirWaybill(digits)) : Parsed.invalid(text, problem);
    }

    public static AirWaybill of(String text) {
        return parse(text).orElseThrow();
    }

    /** The check digit of a serial's first seven digits: their value modulo 7. */
    public static int checkDigit(String sevenDigits) {
        if (sevenDigits == null || sevenDigits.length() != 7 || !sevenDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an air waybill check digit needs exactly 7 digits, got '" + sevenDigits + "'");
        }
        return Integer.parseInt(sevenDigits) % 7;
    }

    /** The issuing airline's prefix, e.g. 176 for Emirates. */
    public String airlinePrefix() {
        return value.substring(0, 3);
    }

    /** The 8-digit serial, check digit included. */
    public String serial() {
        return value.substring(4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? null : text.strip().transform(Separators::strip);
    }

    private static String problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "air waybill number is required";
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return "air waybill number may only contain digits, spaces and hyphens, found '" + c + "'";
            }
        }
        if (digits.length() != DIGITS) {
            return "air waybill number must have 11 digits (3-digit airline prefix and 8-digit serial), got "
                    + digits.length();
        }
        int expected = checkDigit(digits.substring(3, 10));
        char given = digits.charAt(10);
        if (given - '0' != expected) {
            return "check digit is " + given + ", expected " + expected;
        }
        return null;
    }
}

package org.harbormaster.formats.edifact;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harbormaster.identity.Parsed;

/**
 * A DTM value read by its format code (data element 2379): the wall-clock time, and its UTC offset when the
 * format carries one. Without an offset the time is local at the place the segment group names.
 *
 * @param offset null for a local time (formats 102, 203, 204)
 */
record EdifactDateTime(LocalDateTime local, ZoneOffset offset) {

    static final String READ_FORMATS = "102 (CCYYMMDD), 203 (CCYYMMDDHHMM), 204 (CCYYMMDDHHMMSS), "
            + "205 (CCYYMMDDHHMM+HHMM), 303 (CCYYMMDDHHMM and a zone) or 304 (CCYYMMDDHHMMSS and a zone)";

    private static final Pattern DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?(.*)");
    private static final Pattern SIGNED_OFFSET = Pattern.compile("([+-])(\\d{2})(\\d{2})?");

    boolean isLocal() {
        return offset == null;
    }

    /** The instant; the zone is used only for a local time and may be null otherwise. */
    Instant at(ZoneId zone) {
        return offset == null ? local.atZone(zone).toInstant() : local.toInstant(offset);
    }

    /**
     * Reads a DTM value. A missing format code is inferred from the length (8, 12 or 14 digits), as senders
     * often leave it out; a date alone (102) means noon local time, as in the shipment CSV.
     */
    static Parsed<EdifactDateTime> parse(String value, String formatCode) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Parsed.invalid(text, "the date is empty");
        }
        String format = formatCode == null || formatCode.isBlank() ? inferred(text) : formatCode.strip();
        if (format == null) {
            return Parsed.invalid(text, "'" + text + "' has no format code and is not 8, 12 or 14 digits: "
                    + "give the format, e.g. 203 for CCYYMMDDHHMM");
        }
        return switch (format) {
            case "102" -> read(text, 8, false, format);
            case "203" -> read(text, 12, false, format);
            case "204" -> read(text, 14, false, format);
            case "205", "303" -> read(text, 12, true, format);
            case "304" -> read(text, 14, true, format);
            default -> Parsed.invalid(text, "format code " + format + " is not one this reader takes: use "
                    + READ_FORMATS);
        };
    }

    private static String inferred(String text) {
        return switch (text.length()) {
            case 8 -> "102";
            case 12 -> "203";
            case 14 -> "204";
            default -> null;
        };
    }

    private static Parsed<EdifactDateTime> read(String text, int digits, boolean zoned, String format) {
        Matcher matcher = DIGITS.matcher(text);
        String zoneText = matcher.matches() ? matcher.group(7) : null;
        int digitCount = matcher.matches() ? text.length() - zoneText.length() : -1;
        if (digitCount != digits || (!zoned && !zoneText.isEmpty()) || (zoned && zoneText.isEmpty())) {
            return Parsed.invalid(text, "'" + text + "' does not match format " + format + " (" + layout(format) + ")");
        }
        ZoneOffset offset = null;
        if (zoned) {
            offset = offset(zoneText);
            if (offset == null) {
                return Parsed.invalid(text, "'" + zoneText + "' in '" + text + "' is not a time zone this reader "
                        + "takes: UTC, GMT, Z, or an offset such as +01, -0500");
            }
        }
        try {
            LocalTime time = digits == 8 ? LocalTime.NOON
                    : LocalTime.of(number(matcher, 4), number(matcher, 5), number(matcher, 6));
            LocalDateTime local = LocalDateTime.of(number(matcher, 1), number(matcher, 2), number(matcher, 3),
                    time.getHour(), time.getMinute(), time.getSecond());
            return Parsed.valid(new EdifactDateTime(local, offset));
        } catch (DateTimeException e) {
            return Parsed.invalid(text, "'" + text + "' is not a real date and time (format " + format + ", "
                    + layout(format) + ")");
        }
    }

    private static ZoneOffset offset(String zone) {
        String text = zone.strip();
        if (text.equalsIgnoreCase("UTC") || text.equalsIgnoreCase("GMT") || text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        Matcher signed = SIGNED_OFFSET.matcher(text);
        if (!signed.matches()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(signed.group(2));
            int minutes = signed.group(3) == null ? 0 : Integer.parseInt(signed.group(3));
            int sign = signed.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String layout(String format) {
        return switch (format) {
            case "102" -> "CCYYMMDD";
            case "203" -> "CCYYMMDDHHMM";
            case "204" -> "CCYYMMDDHHMMSS";
            case "205" -> "CCYYMMDDHHMM+HHMM";
            case "303" -> "CCYYMMDDHHMM and a zone";
            default -> "CCYYMMDDHHMMSS and a zone";
        };
    }

    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}

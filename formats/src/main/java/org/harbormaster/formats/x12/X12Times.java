package org.harbormaster.formats.x12;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.identity.Parsed;

/**
 * X12 dates and times as 4010 writes them: dates CCYYMMDD (YYMMDD in the ISA), times HHMM with optional
 * seconds and decimal seconds (HHMMSS, HHMMSSD, HHMMSSDD), and the DTM time codes that say which clock a time
 * was read from.
 */
final class X12Times {

    /** DTM-04 time codes: standard (S) and daylight (D) time are fixed offsets, plain (T) follows the zone. */
    private static final Map<String, ZoneId> TIME_CODES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("GM", ZoneOffset.UTC),
            Map.entry("ES", ZoneOffset.ofHours(-5)), Map.entry("ED", ZoneOffset.ofHours(-4)),
            Map.entry("ET", ZoneId.of("America/New_York")),
            Map.entry("CS", ZoneOffset.ofHours(-6)), Map.entry("CD", ZoneOffset.ofHours(-5)),
            Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("MS", ZoneOffset.ofHours(-7)), Map.entry("MD", ZoneOffset.ofHours(-6)),
            Map.entry("MT", ZoneId.of("America/Denver")),
            Map.entry("PS", ZoneOffset.ofHours(-8)), Map.entry("PD", ZoneOffset.ofHours(-7)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("AS", ZoneOffset.ofHours(-9)), Map.entry("AD", ZoneOffset.ofHours(-8)),
            Map.entry("AT", ZoneId.of("America/Anchorage")),
            Map.entry("HS", ZoneOffset.ofHours(-10)), Map.entry("HT", ZoneId.of("Pacific/Honolulu")));

    private X12Times() {
    }

    /** A date CCYYMMDD, e.g. {@code 20220901}. */
    static Parsed<LocalDate> date(String text) {
        if (text.length() != 8 || !allDigits(text)) {
            return Parsed.invalid(text, "'" + text + "' is not a date CCYYMMDD");
        }
        return calendarDate(text, Integer.parseInt(text.substring(0, 4)), text.substring(4), "CCYYMMDD");
    }

    /** The ISA09 date YYMMDD; X12 4010 interchanges are from this century. */
    static Parsed<LocalDate> shortDate(String text) {
        if (text.length() != 6 || !allDigits(text)) {
            return Parsed.invalid(text, "'" + text + "' is not a date YYMMDD");
        }
        return calendarDate(text, 2000 + Integer.parseInt(text.substring(0, 2)), text.substring(2), "YYMMDD");
    }

    /** A time HHMM, HHMMSS, HHMMSSD or HHMMSSDD; a blank time is midnight, the start of the stated day. */
    static Parsed<LocalTime> time(String text) {
        if (text.isEmpty()) {
            return Parsed.valid(LocalTime.MIDNIGHT);
        }
        if (text.length() < 4 || text.length() > 8 || text.length() == 5 || !allDigits(text)) {
            return Parsed.invalid(text, "'" + text + "' is not a time HHMM (or HHMMSS)");
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(2, 4));
        int second = text.length() >= 6 ? Integer.parseInt(text.substring(4, 6)) : 0;
        if (hour > 23 || minute > 59 || second > 59) {
            return Parsed.invalid(text, "'" + text + "' is not a time HHMM (or HHMMSS): " + hour + ":"
                    + text.substring(2, 4) + " is not a time of day");
        }
        return Parsed.valid(LocalTime.of(hour, minute, second));
    }

    /**
     * The clock a DTM time code names: local time at the location for {@code LT} or no code, otherwise UTC
     * or a North American zone; empty for a code not listed here.
     */
    static Optional<ZoneId> zoneOfTimeCode(String code, ZoneId local) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.equals("LT")) {
            return Optional.of(local);
        }
        return Optional.ofNullable(TIME_CODES.get(upper));
    }

    private static Parsed<LocalDate> calendarDate(String text, int year, String monthDay, String pattern) {
        try {
            return Parsed.valid(LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)),
                    Integer.parseInt(monthDay.substring(2, 4))));
        } catch (DateTimeException e) {
            return Parsed.invalid(text, "'" + text + "' is not a date " + pattern);
        }
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

package org.harbormaster.formats.csv.status;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harbormaster.identity.Parsed;

/**
 * A date and time as people type it into a status sheet, read strictly: ISO ({@code 2026-12-01 14:00},
 * {@code 2026-12-01T14:00+01:00}), a month by name ({@code 01-Dec-2026 14:00}, {@code 1 Dec 2026 2:00 PM},
 * {@code Dec 1, 2026 14:00}), or day and month as numbers ({@code 12/01/2026 2:00 PM}) when they cannot be
 * swapped or the {@link DateOrder} is known. A time of day is required; without an offset the time is the
 * clock on the wall at the place of the event.
 *
 * @param offset null for a local time
 */
record WrittenTime(LocalDateTime local, ZoneOffset offset) {

    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:\\s*([AaPp])\\.?[Mm]\\.?)?";
    private static final String OPTIONAL_TIME = "(?:,?\\s+" + TIME + ")?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:[Tt]|\\s+)" + TIME
            + "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})" + OPTIONAL_TIME);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{4}|\\d{2})" + OPTIONAL_TIME);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + OPTIONAL_TIME);
    private static final Map<String, Integer> MONTHS = months();

    static final String ISO_HINT = "write it as ISO, e.g. 2026-12-01 14:00";

    boolean isLocal() {
        return offset == null;
    }

    Instant at(ZoneId zone) {
        return offset == null ? local.atZone(zone).toInstant() : local.toInstant(offset);
    }

    /**
     * Reads a cell; {@code order} settles a numeric date whose day and month could be swapped, and may be
     * null when nobody said.
     */
    static Parsed<WrittenTime> parse(String written, DateOrder order) {
        String cell = written.strip().replaceAll("\\s+", " ");
        Matcher iso = ISO.matcher(cell);
        if (iso.matches()) {
            return build(cell, number(iso, 1), number(iso, 2), number(iso, 3), iso, 4, iso.group(8));
        }
        Matcher numeric = NUMERIC.matcher(cell);
        if (numeric.matches()) {
            return numericDate(cell, numeric, order);
        }
        Matcher dayMonth = DAY_MONTH_NAME.matcher(cell);
        if (dayMonth.matches()) {
            return namedMonth(cell, dayMonth.group(2), number(dayMonth, 1), year(dayMonth.group(3)), dayMonth);
        }
        Matcher monthDay = MONTH_NAME_DAY.matcher(cell);
        if (monthDay.matches()) {
            return namedMonth(cell, monthDay.group(1), number(monthDay, 2), year(monthDay.group(3)), monthDay);
        }
        return Parsed.invalid(written, "'" + cell + "' is not a date and time this import reads: " + ISO_HINT);
    }

    private static Parsed<WrittenTime> numericDate(String cell, Matcher numeric, DateOrder order) {
        int first = number(numeric, 1);
        int second = number(numeric, 2);
        int year = year(numeric.group(3));
        boolean swappable = first <= 12 && second <= 12 && first != second;
        if (swappable && order == null) {
            return Parsed.invalid(cell, ambiguous(cell, first, second, year, clock(numeric, 4)));
        }
        if (first > 12 && second > 12) {
            return Parsed.invalid(cell, "'" + cell + "' has no month (neither " + first + " nor " + second
                    + " is 1 to 12): " + ISO_HINT);
        }
        boolean dayFirst = swappable ? order == DateOrder.DAY_FIRST : first > 12 || second <= 12;
        if (!swappable && first != second && order != null && dayFirst != (order == DateOrder.DAY_FIRST)) {
            return Parsed.invalid(cell, "'" + cell + "' does not fit the date format of the row ("
                    + (order == DateOrder.DAY_FIRST ? "day" : "month") + " first): " + ISO_HINT);
        }
        int day = dayFirst ? first : second;
        int month = dayFirst ? second : first;
        return build(cell, year, month, day, numeric, 4, null);
    }

    private static String ambiguous(String cell, int first, int second, int year, String clock) {
        return "'" + cell + "' is ambiguous: " + first + " " + monthName(second) + " or " + monthName(first)
                + " " + second + "? Write the date as ISO, " + isoDate(year, second, first) + clock
                + " if the day comes first or " + isoDate(year, first, second) + clock
                + " if the month does, or add a date_format column (DD/MM/YYYY or MM/DD/YYYY)";
    }

    /** The time of day of the groups from {@code hourGroup} as ISO writes it, " 14:00"; empty without one. */
    private static String clock(Matcher matcher, int hourGroup) {
        if (matcher.group(hourGroup) == null) {
            return "";
        }
        int hour = number(matcher, hourGroup);
        String halfDay = matcher.group(hourGroup + 3);
        if (halfDay != null && hour >= 1 && hour <= 12) {
            hour = hour % 12 + (Character.toUpperCase(halfDay.charAt(0)) == 'P' ? 12 : 0);
        }
        return String.format(Locale.ROOT, " %02d:%02d", hour, number(matcher, hourGroup + 1));
    }

    private static Parsed<WrittenTime> namedMonth(String cell, String monthText, int day, int year, Matcher matcher) {
        Integer month = MONTHS.get(monthText.toLowerCase(Locale.ROOT));
        if (month == null) {
            return Parsed.invalid(cell, "'" + monthText + "' in '" + cell + "' is not an English month name: "
                    + ISO_HINT);
        }
        return build(cell, year, month, day, matcher, 4, null);
    }

    /** The date and the time groups starting at {@code hourGroup}: hour, minute, second, AM/PM. */
    private static Parsed<WrittenTime> build(String cell, int year, int month, int day, Matcher matcher,
                                             int hourGroup, String offsetText) {
        if (matcher.group(hourGroup) == null) {
            return Parsed.invalid(cell, "'" + cell + "' has no time of day: add it, e.g. "
                    + isoDate(year, Math.max(1, Math.min(month, 12)), Math.max(1, Math.min(day, 31))) + " 14:00");
        }
        int hour = number(matcher, hourGroup);
        String halfDay = matcher.group(hourGroup + 3);
        if (halfDay != null) {
            if (hour < 1 || hour > 12) {
                return Parsed.invalid(cell, "'" + cell + "' has hour " + hour + " with AM/PM, which counts 1 to 12");
            }
            hour = hour % 12 + (Character.toUpperCase(halfDay.charAt(0)) == 'P' ? 12 : 0);
        }
        try {
            LocalDateTime local = LocalDate.of(year, month, day)
                    .atTime(LocalTime.of(hour, number(matcher, hourGroup + 1), number(matcher, hourGroup + 2)));
            ZoneOffset offset = offsetText == null ? null : ZoneOffset.of(offsetText.toUpperCase(Locale.ROOT));
            return Parsed.valid(new WrittenTime(local, offset));
        } catch (DateTimeException e) {
            return Parsed.invalid(cell, "'" + cell + "' is not a real date and time: " + ISO_HINT);
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String isoDate(int year, int month, int day) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new TreeMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            months.put(full, month.getValue());
            months.put(full.substring(0, 3), month.getValue());
        }
        months.put("sept", 9);
        return months;
    }
}

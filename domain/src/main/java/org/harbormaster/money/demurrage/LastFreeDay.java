package org.harbormaster.money.demurrage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The last day a container is free: its clock starts on the local date of discharge or availability
 * (demurrage) or of full gate-out (detention); the tariff's free days follow, the start day not counted
 * ("discharge + 4 working days"). Every calendar day after it up to and including the day the container
 * leaves (or comes back empty) is chargeable.
 */
public record LastFreeDay(LocalDate date, ZoneId zone, ClockStart startedBy, LocalDate clockStarted, int freeDays,
                          DayCount dayCount) {

    public LastFreeDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(clockStarted, "clockStarted");
        Objects.requireNonNull(dayCount, "dayCount");
    }

    public static LastFreeDay of(FreeTimeTariff tariff, Instant clockStarts, ZoneId zone, WorkingCalendar calendar) {
        LocalDate start = clockStarts.atZone(zone).toLocalDate();
        LocalDate last = tariff.dayCount() == DayCount.WORKING_DAYS
                ? calendar.plusWorkingDays(start, tariff.freeDays())
                : start.plusDays(tariff.freeDays());
        return new LastFreeDay(last, zone, tariff.clockStart(), start, tariff.freeDays(), tariff.dayCount());
    }

    /** Midnight at the location after the last free day: from then on, every day costs money. */
    public Instant freeTimeEnds() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Chargeable days if the container leaves (or is returned) at {@code end}: none up to the last free day. */
    public long chargeableDaysUntil(Instant end) {
        LocalDate endDate = end.atZone(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(date, endDate));
    }

    /** E.g. "last free day Fri 2026-12-18 (discharge Mon 2026-12-14 + 4 working days)". */
    public String explanation() {
        return "last free day " + dated(date) + " (" + startedBy.words() + " " + dated(clockStarted) + " + " + freeDays
                + " " + dayCount.words() + ")";
    }

    static String dated(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d;
    }
}

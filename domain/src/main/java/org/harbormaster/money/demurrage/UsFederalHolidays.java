package org.harbormaster.money.demurrage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The eleven US federal holidays as observed, by rule: 5 U.S.C. 6103(a) names the days (Juneteenth since
 * 2021), and 5 U.S.C. 6103(b) with Executive Order 11582 moves one falling on a Saturday to the Friday before
 * and one on a Sunday to the Monday after, as OPM's federal holiday tables show. Terminals may close on
 * further days (ILWU holidays on the West Coast); feed those through {@link WorkingCalendar#withHolidays}.
 */
final class UsFederalHolidays {

    private static final int JUNETEENTH_SINCE = 2021;

    private UsFederalHolidays() {
    }

    /** The dates observed in {@code year}, including a New Year's Day of {@code year + 1} observed on Dec 31. */
    static Set<LocalDate> observedIn(int year) {
        Set<LocalDate> observed = new HashSet<>();
        Stream.of(year - 1, year, year + 1)
                .flatMap(y -> statutory(y).stream())
                .map(UsFederalHolidays::observed)
                .filter(d -> d.getYear() == year)
                .forEach(observed::add);
        return Set.copyOf(observed);
    }

    private static Set<LocalDate> statutory(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));      // Martin Luther King Jr.
        days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));     // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        if (year >= JUNETEENTH_SINCE) {
            days.add(LocalDate.of(year, Month.JUNE, 19));
        }
        days.add(LocalDate.of(year, Month.JULY, 4));
        days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));    // Labor Day
        days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));      // Columbus Day
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));             // Veterans Day
        days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));   // Thanksgiving
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        return days;
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }
}

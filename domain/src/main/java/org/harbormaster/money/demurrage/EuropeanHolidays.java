package org.harbormaster.money.demurrage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Public holidays of the two big North European port countries, by rule, as observed nationwide (states,
 * provinces and terminals may add days; feed those through {@link WorkingCalendar#withHolidays}):
 * <ul>
 * <li>the Netherlands: the days the Algemene termijnenwet (art. 3) extends deadlines over: New Year's Day,
 *     Easter Monday, King's Day (27 April, 26 April when the 27th is a Sunday; rule since 2014), 5 May
 *     (Liberation Day), Ascension Day, Whit Monday, Christmas Day and Boxing Day;</li>
 * <li>Germany: the nine nationwide holidays: New Year's Day, Good Friday, Easter Monday, 1 May, Ascension
 *     Day, Whit Monday, German Unity Day (3 October), Christmas Day and 26 December. Hamburg adds
 *     Reformation Day (31 October) by state law; that is not included.</li>
 * </ul>
 * Neither country moves a holiday that falls on a weekend.
 */
final class EuropeanHolidays {

    private EuropeanHolidays() {
    }

    static Set<LocalDate> netherlands(int year) {
        LocalDate easter = Easter.sunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return Set.of(LocalDate.of(year, Month.JANUARY, 1), easter.plusDays(1), kingsDay,
                LocalDate.of(year, Month.MAY, 5), easter.plusDays(39), easter.plusDays(50),
                LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26));
    }

    static Set<LocalDate> germany(int year) {
        LocalDate easter = Easter.sunday(year);
        return Set.of(LocalDate.of(year, Month.JANUARY, 1), easter.minusDays(2), easter.plusDays(1),
                LocalDate.of(year, Month.MAY, 1), easter.plusDays(39), easter.plusDays(50),
                LocalDate.of(year, Month.OCTOBER, 3), LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }
}

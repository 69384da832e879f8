package org.harbormaster.money.demurrage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar us = WorkingCalendar.forCountry("US");

    @Test
    void the_eleven_us_federal_holidays_of_2026_fall_where_opm_puts_them() {
        assertThat(UsFederalHolidays.observedIn(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 7, 3),            // July 4 is a Saturday: observed on the Friday
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    }

    @Test
    void a_saturday_new_years_day_is_observed_on_the_last_day_of_the_year_before() {
        // Jan 1 2028 and Dec 25 2027 are Saturdays
        assertThat(UsFederalHolidays.observedIn(2027)).contains(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 24));
        assertThat(UsFederalHolidays.observedIn(2028)).doesNotContain(LocalDate.of(2028, 1, 1));
    }

    @Test
    void juneteenth_is_a_holiday_only_from_2021() {
        assertThat(us.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2024, 6, 19))).isTrue();
    }

    @Test
    void working_days_skip_the_weekend_and_christmas() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);   // a Thursday; Christmas is the Friday

        assertThat(us.plusWorkingDays(christmasEve, 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(us.plusWorkingDays(christmasEve, 4)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(us.plusWorkingDays(christmasEve, 0)).isEqualTo(christmasEve);
    }

    @Test
    void a_country_without_holiday_rules_has_weekends_only_and_can_be_given_a_table() {
        WorkingCalendar china = WorkingCalendar.forCountry("CN");
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);   // a Thursday

        assertThat(china.isWorkingDay(nationalDay)).isTrue();
        assertThat(china.withHolidays(Set.of(nationalDay)).isWorkingDay(nationalDay)).isFalse();
        assertThat(china.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();   // Saturday
    }

    @Test
    void easter_falls_where_the_church_calendars_put_it() {
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Easter.sunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void the_dutch_holidays_of_2026_include_kings_day_liberation_day_and_the_moveable_feasts() {
        assertThat(EuropeanHolidays.netherlands(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(EuropeanHolidays.netherlands(2025)).as("27 April 2025 is a Sunday").contains(LocalDate.of(2025, 4, 26));
    }

    @Test
    void a_container_discharged_in_rotterdam_before_easter_and_one_in_hamburg_lose_good_friday_differently() {
        LocalDate wednesdayBeforeEaster = LocalDate.of(2026, 4, 1);

        // Rotterdam works on Good Friday; Easter Monday is off: Thu 2, Fri 3, Tue 7
        assertThat(WorkingCalendar.forCountry("NL").plusWorkingDays(wednesdayBeforeEaster, 3)).isEqualTo(LocalDate.of(2026, 4, 7));
        // Hamburg has Good Friday and Easter Monday off: Thu 2, Tue 7, Wed 8
        assertThat(WorkingCalendar.forCountry("DE").plusWorkingDays(wednesdayBeforeEaster, 3)).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void a_friday_and_saturday_weekend_can_be_configured() {
        WorkingCalendar gulf = WorkingCalendar.weekendsOnly(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

        assertThat(gulf.plusWorkingDays(LocalDate.of(2026, 12, 17), 1)).isEqualTo(LocalDate.of(2026, 12, 20));
    }
}

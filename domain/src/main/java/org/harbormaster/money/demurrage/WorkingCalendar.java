package org.harbormaster.money.demurrage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.harbormaster.identity.UnLocode;

/**
 * Which days count as working days at a location: not a weekend day, not a public holiday. Holidays come by
 * rule (US, Dutch and German, see {@link UsFederalHolidays} and {@link EuropeanHolidays}) or as a table of
 * dates ({@link #withHolidays}); a country with neither
 * has weekends only, which overstates its working days (and so understates free time, never overstates it).
 */
public final class WorkingCalendar {

    private static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Map<String, WorkingCalendar> BY_COUNTRY = new ConcurrentHashMap<>();

    private final String name;
    private final Set<DayOfWeek> weekend;
    private final IntFunction<Set<LocalDate>> holidaysOfYear;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private WorkingCalendar(String name, Set<DayOfWeek> weekend, IntFunction<Set<LocalDate>> holidaysOfYear) {
        this.name = Objects.requireNonNull(name, "name");
        this.weekend = Set.copyOf(weekend);
        this.holidaysOfYear = Objects.requireNonNull(holidaysOfYear, "holidaysOfYear");
    }

    /**
     * The calendar of a country: the US with its federal holidays, the Netherlands and Germany with their
     * national ones (see {@link EuropeanHolidays}); any other with Saturday and Sunday off only.
     */
    public static WorkingCalendar forCountry(String countryCode) {
        return BY_COUNTRY.computeIfAbsent(countryCode, WorkingCalendar::ofCountry);
    }

    private static WorkingCalendar ofCountry(String countryCode) {
        return switch (countryCode) {
            case "US" -> new WorkingCalendar("US federal", SATURDAY_AND_SUNDAY, UsFederalHolidays::observedIn);
            case "NL" -> new WorkingCalendar("NL national", SATURDAY_AND_SUNDAY, EuropeanHolidays::netherlands);
            case "DE" -> new WorkingCalendar("DE nationwide", SATURDAY_AND_SUNDAY, EuropeanHolidays::germany);
            default -> new WorkingCalendar(countryCode + " weekends only", SATURDAY_AND_SUNDAY, year -> Set.of());
        };
    }

    public static WorkingCalendar forLocation(UnLocode locode) {
        return forCountry(locode.countryCode());
    }

    public static WorkingCalendar weekendsOnly(Set<DayOfWeek> weekend) {
        return new WorkingCalendar("weekends only", weekend, year -> Set.of());
    }

    /** This calendar with further closed days, e.g. a terminal's own holidays from a table. */
    public WorkingCalendar withHolidays(Set<LocalDate> extra) {
        Set<LocalDate> dates = Set.copyOf(extra);
        return new WorkingCalendar(name + " + " + dates.size() + " listed days", weekend, year -> {
            Set<LocalDate> all = new HashSet<>(holidaysOfYear.apply(year));
            dates.stream().filter(d -> d.getYear() == year).forEach(all::add);
            return all;
        });
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !isHoliday(date);
    }

    public boolean isHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), holidaysOfYear::apply).contains(date);
    }

    /** The {@code n}-th working day after {@code start} (the start day itself is not counted); start when n is 0. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.harbormaster.money.demurrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Money;
import org.junit.jupiter.api.Test;

class LastFreeDayTest {

    private static final ZoneId LONG_BEACH = ZoneId.of("America/Los_Angeles");
    private static final UnLocode USLGB = UnLocode.of("USLGB");
    private final WorkingCalendar us = WorkingCalendar.forCountry("US");
    private final FreeTimeTariff westCoastDry = TariffBook.standard()
            .find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, Scac.of("MAEU"), USLGB).orElseThrow();

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(LONG_BEACH).toInstant();
    }

    @Test
    void discharged_on_a_monday_with_four_working_days_free_is_free_until_friday() {
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, local("2026-12-14T09:00"), LONG_BEACH, us);

        assertThat(lfd.date()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(lfd.freeTimeEnds()).isEqualTo(local("2026-12-19T00:00"));
        assertThat(lfd.explanation()).isEqualTo(
                "last free day Fri 2026-12-18 (discharge Mon 2026-12-14 + 4 working days)");
    }

    @Test
    void christmas_and_the_weekend_do_not_use_up_free_time() {
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, local("2026-12-24T10:00"), LONG_BEACH, us);

        assertThat(lfd.date()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void thanksgiving_pushes_the_last_free_day_by_a_day() {
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, local("2026-11-25T10:00"), LONG_BEACH, us);

        assertThat(lfd.date()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void the_clock_starts_on_the_local_date_of_discharge_not_the_utc_date() {
        // 05:00 UTC on Dec 15 is still Monday evening Dec 14 in Long Beach
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, Instant.parse("2026-12-15T05:00:00Z"), LONG_BEACH, us);

        assertThat(lfd.clockStarted()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(lfd.date()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void calendar_day_free_time_counts_weekends() {
        FreeTimeTariff detention = TariffBook.standard()
                .find(ChargeKind.DETENTION, EquipmentClass.DRY, null, USLGB).orElseThrow();

        LastFreeDay lfd = LastFreeDay.of(detention, local("2026-12-18T15:00"), LONG_BEACH, us);

        assertThat(lfd.date()).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void picked_up_on_the_last_free_day_costs_nothing_and_each_day_after_is_charged() {
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, local("2026-12-14T09:00"), LONG_BEACH, us);

        assertThat(lfd.chargeableDaysUntil(local("2026-12-18T23:59"))).isZero();
        assertThat(lfd.chargeableDaysUntil(local("2026-12-19T00:01"))).isEqualTo(1);
        assertThat(lfd.chargeableDaysUntil(local("2026-12-25T08:00"))).isEqualTo(7);
    }

    @Test
    void seven_chargeable_days_cost_five_at_the_first_tier_and_two_at_the_second() {
        ChargeBreakdown charge = westCoastDry.charge(7);

        assertThat(charge.total()).isEqualTo(Money.of("1660.00", "USD"));
        assertThat(charge.arithmetic()).isEqualTo("5 d x 220.00 USD + 2 d x 280.00 USD = 1660.00 USD");
        assertThat(westCoastDry.charge(0).total()).isEqualTo(Money.of("0", "USD"));
    }

    @Test
    void accrued_runs_to_now_and_projected_to_the_predicted_pickup() {
        LastFreeDay lfd = LastFreeDay.of(westCoastDry, local("2026-12-14T09:00"), LONG_BEACH, us);

        ChargeEstimate estimate = ChargeEstimate.of(westCoastDry, lfd, null, local("2026-12-23T10:00"),
                local("2026-12-20T12:00"));

        assertThat(estimate.accrued().chargeableDays()).isEqualTo(2);
        assertThat(estimate.projected().chargeableDays()).isEqualTo(5);
        assertThat(estimate.stillAvoidable()).isEqualTo(Money.of("660.00", "USD"));
        ChargeEstimate pickedUp = ChargeEstimate.of(westCoastDry, lfd, local("2026-12-21T08:00"),
                local("2026-12-23T10:00"), local("2026-12-22T12:00"));
        assertThat(pickedUp.projected().total()).isEqualTo(Money.of("660.00", "USD"));
        assertThat(pickedUp.stillAvoidable()).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void tiers_that_leave_a_gap_are_refused() {
        assertThatThrownBy(() -> new FreeTimeTariff(
                new TariffScope(ChargeKind.DEMURRAGE, EquipmentClass.DRY, null, null), 4, DayCount.WORKING_DAYS,
                ClockStart.DISCHARGE, List.of(new RateTier(1, 5, Money.of("220", "USD")), new RateTier(7, null, Money.of("280", "USD"))),
                "test"))
                .hasMessageContaining("expected day 6");
    }
}

package org.harbormaster.money.demurrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Money;
import org.junit.jupiter.api.Test;

class TariffBookTest {

    private final TariffBook standard = TariffBook.standard();

    @Test
    void long_beach_dry_boxes_get_the_west_coast_four_working_days() {
        FreeTimeTariff tariff = standard.find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, Scac.of("MAEU"),
                UnLocode.of("USLGB")).orElseThrow();

        assertThat(tariff.freeDays()).isEqualTo(4);
        assertThat(tariff.dayCount()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(tariff.terms()).isEqualTo(
                "4 working days free from discharge, then days 1-5 at 220.00 USD/day, days 6+ at 280.00 USD/day");
        assertThat(tariff.source()).contains("scribd.com/document/528711708");
    }

    @Test
    void a_port_without_its_own_line_falls_back_to_the_country() {
        FreeTimeTariff savannah = standard.find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, null,
                UnLocode.of("USSAV")).orElseThrow();

        assertThat(savannah.freeDays()).isEqualTo(5);
        assertThat(savannah.scope().place()).isEqualTo("US");
    }

    @Test
    void reefers_get_less_free_time_and_higher_rates() {
        FreeTimeTariff reefer = standard.find(ChargeKind.DEMURRAGE, EquipmentClass.REEFER, null,
                UnLocode.of("USLAX")).orElseThrow();

        assertThat(reefer.freeDays()).isEqualTo(2);
        assertThat(reefer.charge(1).total()).isEqualTo(Money.of("350.00", "USD"));
    }

    @Test
    void a_carriers_own_tariff_wins_over_the_general_one() {
        TariffBook book = TariffBook.parse(List.of(
                "# source: test",
                "DEMURRAGE * US DRY 5 WORKING_DAYS DISCHARGE USD 1-5:220.00 6+:280.00",
                "DEMURRAGE MAEU USLGB DRY 3 CALENDAR_DAYS AVAILABILITY USD 1+:300.00"));

        FreeTimeTariff maersk = book.find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, Scac.of("MAEU"),
                UnLocode.of("USLGB")).orElseThrow();
        FreeTimeTariff msc = book.find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, Scac.of("MSCU"),
                UnLocode.of("USLGB")).orElseThrow();

        assertThat(maersk.freeDays()).isEqualTo(3);
        assertThat(maersk.clockStart()).isEqualTo(ClockStart.AVAILABILITY);
        assertThat(msc.freeDays()).isEqualTo(5);
        assertThat(msc.source()).isEqualTo("test");
    }

    @Test
    void detention_cannot_count_from_discharge() {
        assertThatThrownBy(() -> TariffBook.parse(List.of("DETENTION * US DRY 4 CALENDAR_DAYS DISCHARGE USD 1+:150.00")))
                .hasMessageContaining("detention cannot count from discharge");
    }

    @Test
    void a_port_outside_every_tariff_has_none() {
        assertThat(standard.find(ChargeKind.DEMURRAGE, EquipmentClass.DRY, null, UnLocode.of("CNYTN"))).isEmpty();
    }

    @Test
    void a_malformed_line_is_reported_with_its_number() {
        assertThatThrownBy(() -> TariffBook.parse(List.of("# header", "DEMURRAGE * US DRY 5 WORKING_DAYS DISCHARGE USD 1-5=220")))
                .hasMessageStartingWith("tariff line 2");
    }
}

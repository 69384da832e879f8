package org.harbormaster.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.harbormaster.simulator.operations.ObservedWorkItems;
import org.harbormaster.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The US West Coast tariff: discharge day plus four working days free, then USD 220 a day, USD 280 from day 10. */
class ChargesTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Scenario.Terminal LA = new Scenario.Terminal("USLAX", "Los Angeles", null, null, 10.0, 4,
            List.of(new Scenario.RateTier(5, 220), new Scenario.RateTier(10, 280)), 4, 150, 100, List.of());
    /** Friday 6 March 2026, 10:00 in Los Angeles. */
    private static final Instant FRIDAY = Instant.parse("2026-03-06T18:00:00Z");

    @Test
    void the_last_free_day_of_a_friday_discharge_is_the_thursday_after_the_weekend() {
        Instant ends = ObservedWorkItems.endOfLastFreeDay(FRIDAY, LOS_ANGELES, 4);

        assertThat(ends.atZone(LOS_ANGELES).toLocalDate()).hasToString("2026-03-13");
        assertThat(ends.atZone(LOS_ANGELES).toLocalTime()).hasToString("00:00");
    }

    @Test
    void a_container_out_on_its_last_free_day_owes_nothing() {
        Instant thursday = Instant.parse("2026-03-12T22:00:00Z");

        assertThat(Charges.demurrageDays(FRIDAY, thursday, LA, LOS_ANGELES)).isZero();
    }

    @Test
    void each_day_after_the_last_free_day_is_billed_at_its_tier() {
        // out on Tuesday 17 March: Friday 13 and Saturday 14 (days 8 and 9) at 220, days 10 to 12 at 280
        Instant tuesday = Instant.parse("2026-03-17T20:00:00Z");

        assertThat(Charges.demurrageDays(FRIDAY, tuesday, LA, LOS_ANGELES)).isEqualTo(5);
        assertThat(Charges.demurrageUsd(FRIDAY, tuesday, LA, LOS_ANGELES)).isEqualTo(2 * 220 + 3 * 280);
    }

    @Test
    void detention_counts_the_days_out_beyond_the_free_days() {
        Instant out = Instant.parse("2026-03-10T18:00:00Z");
        Instant back = Instant.parse("2026-03-16T18:00:00Z");

        assertThat(Charges.detentionDays(out, back, LA, LOS_ANGELES)).isEqualTo(3);
    }
}

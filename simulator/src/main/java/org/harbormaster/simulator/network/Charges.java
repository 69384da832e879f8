package org.harbormaster.simulator.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.harbormaster.simulator.operations.ObservedWorkItems;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * Demurrage and detention as the tariff bills them: demurrage for every calendar day after the last free day
 * until the full container leaves, at the tier the day falls in (day 1 being the day of discharge); detention
 * for every day the container is out beyond the free days.
 */
final class Charges {

    private Charges() {
    }

    static long demurrageDays(Instant discharged, Instant gateOut, Scenario.Terminal terminal, ZoneId zone) {
        Instant lastFreeDayEnds = ObservedWorkItems.endOfLastFreeDay(discharged, zone, terminal.freeTimeWorkingDays());
        if (!gateOut.isAfter(lastFreeDayEnds)) {
            return 0;
        }
        LocalDate firstCharged = lastFreeDayEnds.atZone(zone).toLocalDate();
        LocalDate out = gateOut.atZone(zone).toLocalDate();
        return ChronoUnit.DAYS.between(firstCharged, out) + 1;
    }

    static long demurrageUsd(Instant discharged, Instant gateOut, Scenario.Terminal terminal, ZoneId zone) {
        long days = demurrageDays(discharged, gateOut, terminal, zone);
        if (days == 0) {
            return 0;
        }
        LocalDate dischargeDay = discharged.atZone(zone).toLocalDate();
        LocalDate out = gateOut.atZone(zone).toLocalDate();
        long usd = 0;
        for (LocalDate day = out.minusDays(days - 1); !day.isAfter(out); day = day.plusDays(1)) {
            long dayNumber = ChronoUnit.DAYS.between(dischargeDay, day) + 1;
            usd += rate(terminal.demurrage(), dayNumber);
        }
        return usd;
    }

    private static int rate(List<Scenario.RateTier> tiers, long dayNumber) {
        int rate = tiers.get(0).usdPerDay();
        for (Scenario.RateTier tier : tiers) {
            if (dayNumber >= tier.fromDay()) {
                rate = tier.usdPerDay();
            }
        }
        return rate;
    }

    static long detentionDays(Instant gateOut, Instant emptyReturned, Scenario.Terminal terminal, ZoneId zone) {
        long out = ChronoUnit.DAYS.between(gateOut.atZone(zone).toLocalDate(), emptyReturned.atZone(zone).toLocalDate()) + 1;
        return Math.max(0, out - terminal.detentionFreeDays());
    }
}

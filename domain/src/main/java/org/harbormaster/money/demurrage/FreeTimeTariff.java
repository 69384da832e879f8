package org.harbormaster.money.demurrage;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.harbormaster.money.Money;

/**
 * A demurrage or detention tariff: so many free days from the clock's start, counted in calendar or working
 * days, then a daily rate per container rising in tiers. {@code source} names where the figures come from.
 */
public record FreeTimeTariff(TariffScope scope, int freeDays, DayCount dayCount, ClockStart clockStart,
                             List<RateTier> tiers, String source) {

    public FreeTimeTariff {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(clockStart, "clockStart");
        if (clockStart.kind() != scope.kind()) {
            throw new IllegalArgumentException(scope.kind().word() + " cannot count from " + clockStart.words());
        }
        tiers = List.copyOf(tiers);
        source = source == null ? "" : source.strip();
        if (freeDays < 0) {
            throw new IllegalArgumentException("free days cannot be negative: " + freeDays);
        }
        checkTiers(tiers);
    }

    private static void checkTiers(List<RateTier> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tariff needs at least one rate tier");
        }
        int expectedFirst = 1;
        for (RateTier tier : tiers) {
            if (tier.firstDay() != expectedFirst) {
                throw new IllegalArgumentException("tiers must follow each other from day 1; expected day "
                        + expectedFirst + " but a tier starts at day " + tier.firstDay());
            }
            if (!tier.perDay().currency().equals(tiers.get(0).perDay().currency())) {
                throw new IllegalArgumentException("all tiers of a tariff are in one currency");
            }
            expectedFirst = tier.lastDay() == null ? -1 : tier.lastDay() + 1;
        }
        if (tiers.get(tiers.size() - 1).lastDay() != null) {
            throw new IllegalArgumentException("the last tier must be open-ended (e.g. day 10+)");
        }
    }

    public ChargeKind kind() {
        return scope.kind();
    }

    public Currency currency() {
        return tiers.get(0).perDay().currency();
    }

    /** The charge for this many chargeable days, tier by tier. */
    public ChargeBreakdown charge(long chargeableDays) {
        List<TierCharge> parts = new ArrayList<>();
        Money total = Money.zero(currency());
        for (RateTier tier : tiers) {
            long days = tier.daysOf(chargeableDays);
            if (days > 0) {
                Money amount = tier.perDay().times(days);
                parts.add(new TierCharge(tier, days, amount));
                total = total.plus(amount);
            }
        }
        return new ChargeBreakdown(kind(), Math.max(0, chargeableDays), parts, total);
    }

    /** E.g. "4 working days free from discharge, then days 1-5 at 220.00 USD/day, days 6+ at 280.00 USD/day". */
    public String terms() {
        return freeDays + " " + dayCount.words() + " free from " + clockStart.words() + ", then " + String.join(", ", tiers.stream().map(RateTier::toString).toList());
    }
}

package org.harbormaster.money.demurrage;

import java.util.Objects;
import org.harbormaster.money.Money;

/**
 * One price band of a tariff: chargeable days {@code firstDay} to {@code lastDay} (inclusive; null: open
 * ended) cost {@code perDay} each. Days are numbered from the first day after the last free day.
 */
public record RateTier(int firstDay, Integer lastDay, Money perDay) {

    public RateTier {
        Objects.requireNonNull(perDay, "perDay");
        if (firstDay < 1) {
            throw new IllegalArgumentException("a tier starts at chargeable day 1 or later, not " + firstDay);
        }
        if (lastDay != null && lastDay < firstDay) {
            throw new IllegalArgumentException("a tier cannot end (day " + lastDay + ") before it starts (day " + firstDay + ")");
        }
        if (perDay.isNegative()) {
            throw new IllegalArgumentException("a rate cannot be negative: " + perDay);
        }
    }

    /** How many of the first {@code chargeableDays} days fall in this tier. */
    public long daysOf(long chargeableDays) {
        long end = lastDay == null ? chargeableDays : Math.min(lastDay, chargeableDays);
        return Math.max(0, end - firstDay + 1);
    }

    @Override
    public String toString() {
        return "days " + firstDay + (lastDay == null ? "+" : "-" + lastDay) + " at " + perDay + "/day";
    }
}

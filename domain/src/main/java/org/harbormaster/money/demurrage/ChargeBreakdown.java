package org.harbormaster.money.demurrage;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.harbormaster.money.Money;

/** A demurrage or detention charge for a number of chargeable days, tier by tier, so the arithmetic can be shown. */
public record ChargeBreakdown(ChargeKind kind, long chargeableDays, List<TierCharge> tiers, Money total) {

    public ChargeBreakdown {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(total, "total");
        tiers = List.copyOf(tiers);
    }

    public boolean isZero() {
        return chargeableDays == 0;
    }

    /** The charge per day of the last tier reached (the first tier's rate when no day is chargeable yet). */
    public Money currentDailyRate(FreeTimeTariff tariff) {
        return tiers.isEmpty() ? tariff.tiers().get(0).perDay() : tiers.get(tiers.size() - 1).tier().perDay();
    }

    /** E.g. "5 d x 220.00 USD + 2 d x 280.00 USD = 1660.00 USD"; "0 d = 0.00 USD" when nothing is chargeable. */
    public String arithmetic() {
        if (tiers.isEmpty()) {
            return "0 d = " + total;
        }
        return tiers.stream().map(TierCharge::toString).collect(Collectors.joining(" + ")) + " = " + total;
    }
}

package org.harbormaster.money.demurrage;

import org.harbormaster.money.Money;

/** The days of one tier a charge covers, and what they cost. */
public record TierCharge(RateTier tier, long days, Money amount) {

    @Override
    public String toString() {
        return days + " d x " + tier.perDay();
    }
}

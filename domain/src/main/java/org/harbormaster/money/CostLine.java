package org.harbormaster.money;

import java.util.Objects;

/** One priced item of a shipment's budget, e.g. "Drayage USLGB to door, 650.00 USD". */
public record CostLine(CostCategory category, String description, Money amount) {

    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        description = description == null ? "" : description.strip();
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a budget line cannot be negative: " + amount);
        }
    }
}

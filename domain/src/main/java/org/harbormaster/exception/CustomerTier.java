package org.harbormaster.exception;

import java.math.BigDecimal;

/** The service level a customer buys; a higher tier weighs the same problem more in the queue. */
public enum CustomerTier {
    STANDARD("1.00"),
    SILVER("1.25"),
    GOLD("1.50"),
    PLATINUM("2.00");

    private final BigDecimal weight;

    CustomerTier(String weight) {
        this.weight = new BigDecimal(weight);
    }

    public BigDecimal weight() {
        return weight;
    }
}

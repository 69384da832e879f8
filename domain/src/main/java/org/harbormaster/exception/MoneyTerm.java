package org.harbormaster.exception;

import java.util.Objects;
import org.harbormaster.money.Money;

/** One line of money at risk with its arithmetic, e.g. "demurrage CSQU3054383: 5 d x 220.00 USD = 1100.00 USD". */
public record MoneyTerm(String label, String arithmetic, Money amount) {

    public MoneyTerm {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String toString() {
        return label + ": " + arithmetic;
    }
}

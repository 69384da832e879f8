package org.harbormaster.exception;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a priority's arithmetic: points added ({@link Kind#ADD}) or a factor applied
 * ({@link Kind#MULTIPLY}), with the figures it came from in words.
 */
public record PriorityTerm(String name, Kind kind, BigDecimal value, String arithmetic) {

    public enum Kind {
        ADD,
        MULTIPLY
    }

    public PriorityTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(arithmetic, "arithmetic");
    }

    @Override
    public String toString() {
        return (kind == Kind.ADD ? "+ " : "x ") + value.toPlainString() + " " + name + " (" + arithmetic + ")";
    }
}

package org.harbormaster.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One fact's contribution to a KPI: a numerator and a denominator to be summed per group (so groups can be
 * re-aggregated), and optionally a sample (hours, days) whose median and P90 the group reports.
 *
 * @param at   the fact's date, which decides its period and whether it is in the window asked for
 * @param unit what numerator and value are counted in, e.g. {@code USD}; groups never mix units
 */
public record Observation(Subject subject, Instant at, BigDecimal numerator, BigDecimal denominator, Double sample,
                          String unit) {

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        unit = unit == null ? "" : unit;
    }

    /** A yes/no fact: counts once in the denominator, and in the numerator when {@code hit}. */
    static Observation counted(Subject subject, Instant at, boolean hit, Double sample) {
        return new Observation(subject, at, hit ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE, sample, "");
    }
}

package org.harbormaster.exception;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A promised delivery date set beside the predicted one: the local dates of the median and P90 delivery,
 * and by how many days each misses the promise (zero when it keeps it).
 */
public record PromiseRisk(LocalDate promised, LocalDate p50, LocalDate p90, long daysLateAtP50, long daysLateAtP90) {

    public PromiseRisk {
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
    }

    public boolean brokenAtMedian() {
        return daysLateAtP50 > 0;
    }
}

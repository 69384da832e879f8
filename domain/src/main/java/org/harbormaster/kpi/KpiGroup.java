package org.harbormaster.kpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group's figure: its dimension values (in the order asked), the sums, the value they give, and the
 * median and P90 of the samples where the KPI has samples.
 *
 * @param value  null when the denominator is zero or there are no samples to take a median of
 * @param median null without samples
 */
public record KpiGroup(Map<Dimension, String> key, String unit, BigDecimal numerator, BigDecimal denominator,
                       int facts, BigDecimal value, Double median, Double p90) {

    public KpiGroup {
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    }
}

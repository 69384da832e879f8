package org.harbormaster.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.harbormaster.money.demurrage.TariffBook;

/**
 * The knobs of the KPI definitions.
 *
 * @param onTimeTolerance        how late an arrival or delivery may be and still count as on time (default 24 h)
 * @param reportedWithin         how soon after happening a milestone must be reported to count as timely (default 24 h)
 * @param budgetTolerancePercent how far above budget actual costs may go and still adhere (default 5 %)
 * @param tariffs                the free-time tariffs demurrage and detention are priced with
 * @param asOf                   now, as the charge arithmetic takes it (only stopped clocks are counted)
 */
public record KpiSettings(Duration onTimeTolerance, Duration reportedWithin, BigDecimal budgetTolerancePercent,
                          TariffBook tariffs, Instant asOf) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofHours(24);
    public static final Duration DEFAULT_REPORTED_WITHIN = Duration.ofHours(24);
    public static final BigDecimal DEFAULT_BUDGET_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    public KpiSettings {
        Objects.requireNonNull(onTimeTolerance, "onTimeTolerance");
        Objects.requireNonNull(reportedWithin, "reportedWithin");
        Objects.requireNonNull(budgetTolerancePercent, "budgetTolerancePercent");
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(asOf, "asOf");
        if (onTimeTolerance.isNegative() || reportedWithin.isNegative() || budgetTolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("tolerances cannot be negative");
        }
    }

    public static KpiSettings standard(Instant asOf) {
        return new KpiSettings(DEFAULT_TOLERANCE, DEFAULT_REPORTED_WITHIN, DEFAULT_BUDGET_TOLERANCE_PERCENT,
                TariffBook.standard(), asOf);
    }

    public KpiSettings withOnTimeTolerance(Duration tolerance) {
        return new KpiSettings(tolerance, reportedWithin, budgetTolerancePercent, tariffs, asOf);
    }

    public KpiSettings withReportedWithin(Duration within) {
        return new KpiSettings(onTimeTolerance, within, budgetTolerancePercent, tariffs, asOf);
    }
}

package org.harbormaster.money.demurrage;

import java.time.Instant;
import java.util.Objects;
import org.harbormaster.money.Money;

/**
 * One container's demurrage or detention: what has accrued (to the actual end, or to now while the clock
 * runs) and what is projected (to the predicted end). The difference is the money still to be saved by acting.
 *
 * @param endedAt      when the container left the terminal or came back empty; null while the clock runs
 * @param projectedEnd when it is predicted to; equals {@code endedAt} once that happened
 */
public record ChargeEstimate(FreeTimeTariff tariff, LastFreeDay lastFreeDay, Instant endedAt, Instant projectedEnd,
                             ChargeBreakdown accrued, ChargeBreakdown projected) {

    public ChargeEstimate {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(lastFreeDay, "lastFreeDay");
        Objects.requireNonNull(projectedEnd, "projectedEnd");
        Objects.requireNonNull(accrued, "accrued");
        Objects.requireNonNull(projected, "projected");
    }

    public static ChargeEstimate of(FreeTimeTariff tariff, LastFreeDay lastFreeDay, Instant endedAt,
                                    Instant predictedEnd, Instant now) {
        Instant accruedTo = endedAt != null ? endedAt : now;
        Instant projectedTo = endedAt != null ? endedAt : latest(predictedEnd, now);
        return new ChargeEstimate(tariff, lastFreeDay, endedAt, projectedTo,
                tariff.charge(lastFreeDay.chargeableDaysUntil(accruedTo)),
                tariff.charge(lastFreeDay.chargeableDaysUntil(projectedTo)));
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    /** Projected beyond accrued: what acting now could still save. */
    public Money stillAvoidable() {
        return projected.total().minus(accrued.total());
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }
}

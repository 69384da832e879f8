package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.harbormaster.shipment.MilestoneType;

/** When a milestone still to come is predicted to happen, beside what was planned and what the carrier estimates. */
public record MilestonePrediction(String key, MilestoneType type, int legIndex, Instant planned,
                                  Instant carrierEstimate, PredictedTime predicted) {

    public Instant p50() {
        return predicted.p50();
    }

    public Instant p90() {
        return predicted.p90();
    }

    /** How much later than the carrier's own estimate our median is (negative: earlier); empty without one. */
    public Optional<Duration> laterThanCarrierEstimate() {
        return Optional.ofNullable(carrierEstimate).map(e -> Duration.between(e, predicted.p50()));
    }

    /** How much later than planned our median is (negative: earlier); empty without a planned time. */
    public Optional<Duration> laterThanPlanned() {
        return Optional.ofNullable(planned).map(p -> Duration.between(p, predicted.p50()));
    }
}

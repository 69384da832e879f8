package org.harbormaster.prediction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.Milestone;

/**
 * A shipment's predicted milestones as of one instant, and how they were made: the anchor (the latest
 * milestone that happened; empty when nothing has, and the prediction starts from the planned start), and
 * a forecast for every remaining leg.
 */
public record ArrivalPrediction(Instant asOf, Optional<Milestone> anchor, Instant startedFrom,
                                List<LegForecast> legs, List<MilestonePrediction> milestones) {

    public ArrivalPrediction {
        legs = List.copyOf(legs);
        milestones = List.copyOf(milestones);
    }

    public Optional<MilestonePrediction> milestone(String key) {
        return milestones.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Optional<LegForecast> leg(int legIndex) {
        return legs.stream().filter(l -> l.legIndex() == legIndex).findFirst();
    }
}

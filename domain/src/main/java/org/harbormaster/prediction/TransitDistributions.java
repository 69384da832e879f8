package org.harbormaster.prediction;

import java.util.Optional;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.TransportMode;

/** What a prediction needs to know about legs: their duration by key, and how late carriers' times run. */
public interface TransitDistributions {

    Optional<DurationDistribution> find(LegKey key);

    Lateness lateness(LegType type, TransportMode mode);
}

package org.harbormaster.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * An event read from an inbound message: how many data-quality findings were raised about it and whether it
 * still matches no shipment. Its subject is the shipment it was applied to, with the event's source.
 */
public record EventReceipt(Subject subject, Instant received, int findings, boolean unmatched) {

    public EventReceipt {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(received, "received");
        if (findings < 0) {
            throw new IllegalArgumentException("findings cannot be negative: " + findings);
        }
    }
}

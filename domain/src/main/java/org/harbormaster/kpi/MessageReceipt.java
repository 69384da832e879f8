package org.harbormaster.kpi;

import java.time.Instant;
import java.util.Objects;

/** An inbound message, by its source, and whether it sits in quarantine. */
public record MessageReceipt(Subject subject, Instant received, boolean quarantined) {

    public MessageReceipt {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(received, "received");
    }
}

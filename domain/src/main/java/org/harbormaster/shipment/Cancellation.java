package org.harbormaster.shipment;

import java.time.Instant;
import java.util.Objects;

public record Cancellation(String reason, Instant at, String by) {

    public Cancellation {
        reason = Text.required(reason, "cancellation reason");
        Objects.requireNonNull(at, "at");
        by = Text.optional(by);
    }
}

package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An SLA missed: which, when it was due, and when the breach was recorded. */
public record SlaBreach(SlaKind kind, Instant due, Instant recordedAt) {

    public SlaBreach {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Duration lateBy() {
        return Duration.between(due, recordedAt);
    }
}

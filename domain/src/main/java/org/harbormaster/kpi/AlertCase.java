package org.harbormaster.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An exception case's timeline: when it opened, was acknowledged and was resolved by an operator (a case the
 * system cleared because its cause went away has no resolution), and whether either SLA deadline was breached.
 */
public record AlertCase(Subject subject, Instant opened, Instant acknowledged, Instant resolved,
                        boolean acknowledgeBreached, boolean resolveBreached) {

    public AlertCase {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(opened, "opened");
    }

    public Optional<Duration> timeToAcknowledge() {
        return between(acknowledged);
    }

    public Optional<Duration> timeToResolve() {
        return between(resolved);
    }

    public boolean breached() {
        return acknowledgeBreached || resolveBreached;
    }

    private Optional<Duration> between(Instant end) {
        return end == null ? Optional.empty() : Optional.of(Duration.between(opened, end).isNegative()
                ? Duration.ZERO : Duration.between(opened, end));
    }
}

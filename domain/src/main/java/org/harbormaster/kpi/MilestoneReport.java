package org.harbormaster.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An actual milestone and when its report reached us: the facts of milestone timeliness. */
public record MilestoneReport(Subject subject, Instant happened, Instant received) {

    public MilestoneReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(happened, "happened");
        Objects.requireNonNull(received, "received");
    }

    /** How late the report came; never negative (a report cannot precede what it reports, clocks can disagree). */
    public Duration delay() {
        Duration d = Duration.between(happened, received);
        return d.isNegative() ? Duration.ZERO : d;
    }
}

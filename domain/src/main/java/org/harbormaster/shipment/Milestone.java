package org.harbormaster.shipment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Something expected to happen at a place, with up to three times: planned (what we promised), estimated
 * (the latest prediction) and actual (it happened). The key identifies the milestone across plan edits and
 * is what events are matched against.
 */
public record Milestone(String key, MilestoneType type, Location location, int legIndex,
                        Instant planned, Instant estimated, Instant actual) {

    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
    }

    public boolean isDone() {
        return actual != null;
    }

    /** The best current knowledge of when it happens or happened: actual, else estimated, else planned. */
    public Optional<Instant> expected() {
        return Optional.ofNullable(actual != null ? actual : estimated != null ? estimated : planned);
    }

    public Optional<ZonedDateTime> plannedLocal() {
        return local(planned);
    }

    public Optional<ZonedDateTime> estimatedLocal() {
        return local(estimated);
    }

    public Optional<ZonedDateTime> actualLocal() {
        return local(actual);
    }

    private Optional<ZonedDateTime> local(Instant instant) {
        return Optional.ofNullable(instant).map(i -> i.atZone(location.zone()));
    }

    public Milestone withPlanned(Instant newPlanned) {
        return new Milestone(key, type, location, legIndex, newPlanned, estimated, actual);
    }

    public Milestone withEstimated(Instant newEstimated) {
        return new Milestone(key, type, location, legIndex, planned, newEstimated, actual);
    }

    public Milestone withActual(Instant newActual) {
        return new Milestone(key, type, location, legIndex, planned, estimated, newActual);
    }

    /** Carries estimated and actual times over from the same milestone of an earlier plan. */
    Milestone carryingTimesOf(Milestone earlier) {
        return new Milestone(key, type, location, legIndex, planned, earlier.estimated, earlier.actual);
    }
}

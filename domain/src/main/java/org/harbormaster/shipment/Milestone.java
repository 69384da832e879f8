package org.harbormaster.shipment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Something expected to happen at a place, with up to three times: planned (what we promised), estimated
 * (the latest prediction) and actual (it happened). The key identifies the milestone across plan edits and
 * is what events are matched against. {@code plannedBy}, {@code estimatedBy} and {@code actualBy} say which
 * event set those times (null when set by our own plan or by hand), so that a later-reported event can
 * supersede them and an older one cannot, whatever order they arrive in.
 */
public record Milestone(String key, MilestoneType type, Location location, int legIndex,
                        Instant planned, Instant estimated, Instant actual,
                        EventStamp plannedBy, EventStamp estimatedBy, EventStamp actualBy) {

    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
    }

    public Milestone(String key, MilestoneType type, Location location, int legIndex,
                     Instant planned, Instant estimated, Instant actual) {
        this(key, type, location, legIndex, planned, estimated, actual, null, null, null);
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
        return withPlanned(newPlanned, null);
    }

    public Milestone withPlanned(Instant newPlanned, EventStamp by) {
        return new Milestone(key, type, location, legIndex, newPlanned, estimated, actual, by, estimatedBy, actualBy);
    }

    public Milestone withEstimated(Instant newEstimated) {
        return withEstimated(newEstimated, null);
    }

    public Milestone withActual(Instant newActual) {
        return withActual(newActual, null);
    }

    public Milestone withEstimated(Instant newEstimated, EventStamp by) {
        return new Milestone(key, type, location, legIndex, planned, newEstimated, actual, plannedBy, by, actualBy);
    }

    public Milestone withActual(Instant newActual, EventStamp by) {
        return new Milestone(key, type, location, legIndex, planned, estimated, newActual, plannedBy, estimatedBy, by);
    }

    /**
     * Carries what events reported over from the same milestone of an earlier plan: estimated and actual
     * times, and a planned time only where a carrier's event set it (our own planned times come from the
     * new plan).
     */
    Milestone carryingTimesOf(Milestone earlier) {
        boolean plannedByEvent = earlier.plannedBy != null;
        return new Milestone(key, type, location, legIndex, plannedByEvent ? earlier.planned : planned,
                earlier.estimated, earlier.actual, earlier.plannedBy, earlier.estimatedBy, earlier.actualBy);
    }
}

package org.harbormaster.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment: what was booked (details), how it is meant to move (plan), and what is known of each
 * milestone. Its status is derived from those, so it cannot drift from the facts. Immutable: every change
 * returns a new shipment; {@code version} counts stored changes for optimistic locking.
 */
public record Shipment(ShipmentId id, ShipmentDetails details, Plan plan, List<Milestone> milestones,
                       Cancellation cancellation, Instant createdAt, long version) {

    public Shipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdAt, "createdAt");
        milestones = List.copyOf(milestones);
    }

    /** A new shipment whose milestones are those its plan implies. */
    public static Shipment book(ShipmentId id, ShipmentDetails details, Plan plan, Instant now) {
        return new Shipment(id, details, plan, plan.impliedMilestones(), null, now, 0);
    }

    public String reference() {
        return details.reference();
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    /** Replaces the plan; milestones that keep their key keep their estimated and actual times. */
    public Shipment replan(Plan newPlan) {
        requireNotCancelled();
        return new Shipment(id, details, newPlan, newPlan.milestonesKeepingTimesOf(milestones), cancellation,
                createdAt, version);
    }

    public Shipment withDetails(ShipmentDetails newDetails) {
        requireNotCancelled();
        return new Shipment(id, newDetails, plan, milestones, cancellation, createdAt, version);
    }

    public Shipment withMilestones(List<Milestone> newMilestones) {
        return new Shipment(id, details, plan, newMilestones, cancellation, createdAt, version);
    }

    public Shipment cancel(Cancellation why) {
        requireNotCancelled();
        if (status() == ShipmentStatus.COMPLETED) {
            throw InvalidShipmentException.of("status", "a completed shipment cannot be cancelled");
        }
        return new Shipment(id, details, plan, milestones, why, createdAt, version);
    }

    public Shipment withVersion(long newVersion) {
        return new Shipment(id, details, plan, milestones, cancellation, createdAt, newVersion);
    }

    private void requireNotCancelled() {
        if (isCancelled()) {
            throw InvalidShipmentException.of("status", "the shipment is cancelled");
        }
    }

    public Optional<Milestone> milestone(String key) {
        return milestones.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The furthest milestone that has happened, in plan order. */
    public Optional<Milestone> lastDone() {
        Milestone last = null;
        for (Milestone m : milestones) {
            if (m.isDone() && !m.type().isCutoff()) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The arrival at the final port of discharge: the ARRIVED of the last main-carriage leg, if the plan has one. */
    public Optional<Milestone> arrivalAtFinalPort() {
        int lastMainCarriage = lastLegIndexOf(LegType.MAIN_CARRIAGE);
        return milestones.stream()
                .filter(m -> m.type() == MilestoneType.ARRIVED && m.legIndex() == lastMainCarriage).findFirst();
    }

    /** The next milestone expected to happen (not a cut-off), in plan order. */
    public Optional<Milestone> nextExpected() {
        return milestones.stream().filter(m -> !m.isDone() && !m.type().isCutoff()).findFirst();
    }

    public ShipmentStatus status() {
        if (isCancelled()) {
            return ShipmentStatus.CANCELLED;
        }
        List<Milestone> events = milestones.stream().filter(m -> !m.type().isCutoff()).toList();
        if (!events.isEmpty() && events.get(events.size() - 1).isDone()) {
            return ShipmentStatus.COMPLETED;
        }
        Optional<Milestone> last = lastDone();
        if (last.isEmpty()) {
            return ShipmentStatus.BOOKED;
        }
        if (anyDone(MilestoneType.DELIVERED) || anyDone(MilestoneType.EMPTY_RETURNED)) {
            return ShipmentStatus.DELIVERED;
        }
        int lastMainCarriage = lastLegIndexOf(LegType.MAIN_CARRIAGE);
        boolean arrivedAtFinalPort = arrivalAtFinalPort().map(Milestone::isDone).orElse(false);
        boolean beyondFinalPort = last.get().legIndex() > lastMainCarriage;
        return arrivedAtFinalPort || beyondFinalPort ? ShipmentStatus.ARRIVED : ShipmentStatus.IN_TRANSIT;
    }

    private boolean anyDone(MilestoneType type) {
        return milestones.stream().anyMatch(m -> m.type() == type && m.isDone());
    }

    private int lastLegIndexOf(LegType type) {
        List<Leg> legs = plan.legs();
        for (int i = legs.size() - 1; i >= 0; i--) {
            if (legs.get(i).type() == type) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

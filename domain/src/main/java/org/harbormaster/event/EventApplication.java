package org.harbormaster.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.EventStamp;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * Applies milestone events to a shipment. Which milestone an event reports depends only on the plan and
 * the event, never on times already recorded; and a time is replaced only by an event reported later
 * (see {@link EventStamp}). So the shipment that results from a set of events is the same whatever order
 * they arrive in and however often each arrives.
 */
public final class EventApplication {

    private EventApplication() {
    }

    public enum Outcome {
        /** The event set a time on the milestone. */
        APPLIED,
        /** The milestone already holds this event or one reported later; nothing changed. */
        SUPERSEDED,
        /** The event reports nothing this shipment's plan expects (unknown code, or not in the plan). */
        NO_MILESTONE
    }

    public record Applied(Shipment shipment, Milestone milestone, Outcome outcome) {
    }

    public static Applied apply(Shipment shipment, MilestoneEvent event) {
        Optional<Milestone> target = target(shipment, event);
        if (target.isEmpty()) {
            return new Applied(shipment, null, Outcome.NO_MILESTONE);
        }
        Milestone before = target.get();
        Milestone after = merged(before, event);
        if (after == before) {
            return new Applied(shipment, before, Outcome.SUPERSEDED);
        }
        List<Milestone> milestones = new ArrayList<>(shipment.milestones());
        milestones.set(milestones.indexOf(before), after);
        return new Applied(shipment.withMilestones(milestones), after, Outcome.APPLIED);
    }

    public static Shipment applyAll(Shipment shipment, Collection<MilestoneEvent> events) {
        Shipment current = shipment;
        for (MilestoneEvent event : events) {
            current = apply(current, event).shipment();
        }
        return current;
    }

    private static Milestone merged(Milestone m, MilestoneEvent event) {
        EventStamp stamp = event.stamp();
        Instant time = event.eventTime();
        return switch (event.kind()) {
            case ACTUAL -> stamp.supersedes(m.actualBy()) ? m.withActual(time, stamp) : m;
            case ESTIMATED -> stamp.supersedes(m.estimatedBy()) ? m.withEstimated(time, stamp) : m;
            case PLANNED -> stamp.supersedes(m.plannedBy()) ? m.withPlanned(time, stamp) : m;
        };
    }

    /** The milestone type an event stands for; an empty container gated in is an empty return. */
    static MilestoneType effectiveType(MilestoneEvent event) {
        if (event.type() == MilestoneType.GATE_IN && event.empty()) {
            return MilestoneType.EMPTY_RETURNED;
        }
        return event.type();
    }

    /**
     * The milestone of this shipment an event reports: same type; at the event's place when it names one
     * (none if the plan has no such milestone there); among several, the one whose leg travels by the
     * event's mode; otherwise the first in plan order. Cut-offs are deadlines and never targets.
     */
    public static Optional<Milestone> target(Shipment shipment, MilestoneEvent event) {
        MilestoneType type = effectiveType(event);
        if (type == null || type.isCutoff()) {
            return Optional.empty();
        }
        List<Milestone> candidates = shipment.milestones().stream().filter(m -> m.type() == type).toList();
        if (event.location() != null) {
            candidates = candidates.stream().filter(m -> m.location().locode().equals(event.location())).toList();
        }
        if (candidates.size() > 1 && event.mode() != null) {
            List<Milestone> byMode = candidates.stream().filter(m -> legMode(shipment, m) == event.mode()).toList();
            if (!byMode.isEmpty()) {
                candidates = byMode;
            }
        }
        return candidates.stream().findFirst();
    }

    private static Object legMode(Shipment shipment, Milestone milestone) {
        List<Leg> legs = shipment.plan().legs();
        return milestone.legIndex() < legs.size() ? legs.get(milestone.legIndex()).mode() : null;
    }
}

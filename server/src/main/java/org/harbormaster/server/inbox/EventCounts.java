package org.harbormaster.server.inbox;

/**
 * What processing a message did with its events: read from it, already known from another message
 * (duplicates, not applied again), applied to at least one shipment, and waiting for a shipment to match.
 */
public record EventCounts(int read, int duplicates, int applied, int unmatched) {

    public static final EventCounts NONE = new EventCounts(0, 0, 0, 0);

    public EventCounts plus(EventCounts other) {
        return new EventCounts(read + other.read, duplicates + other.duplicates, applied + other.applied,
                unmatched + other.unmatched);
    }
}

package org.harbormaster.shipment;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Which event set a milestone's time: when its source reported it, and its key. Of two events for the same
 * milestone and kind, the one reported later wins (a correction supersedes what it corrects); equal report
 * times are settled by the key. Because "the greater stamp wins" is commutative, associative and
 * idempotent, the milestones do not depend on the order events arrive in, nor on duplicates.
 */
public record EventStamp(Instant reportedAt, String eventKey) implements Comparable<EventStamp> {

    private static final Comparator<EventStamp> ORDER = Comparator.comparing(EventStamp::reportedAt)
            .thenComparing(EventStamp::eventKey);

    public EventStamp {
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    public boolean supersedes(EventStamp other) {
        return other == null || compareTo(other) > 0;
    }

    @Override
    public int compareTo(EventStamp other) {
        return ORDER.compare(this, other);
    }
}

package org.harbormaster.formats.events;

import java.util.List;
import org.harbormaster.event.MilestoneEvent;

/**
 * What a message yielded: the events that could be read and the failures for the parts that could not.
 * A message with failures is quarantined (kept whole, with every failure) even when some events were read;
 * the events that were read are still applied, and applying them again on replay has no second effect.
 */
public record ParseOutcome(List<MilestoneEvent> events, List<ParseFailure> failures) {

    public ParseOutcome {
        events = List.copyOf(events);
        failures = List.copyOf(failures);
    }

    public static ParseOutcome failed(String where, String reason) {
        return new ParseOutcome(List.of(), List.of(new ParseFailure(where, reason)));
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}

package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.ParseFailure;

/**
 * A stored message as the inbox knows it (without its content): where it came from, where it stands, what
 * its processing found, and, when quarantined, every failure with its place.
 *
 * @param counts    null until processed
 * @param revisions how many fixed versions were supplied with replays (the original is always kept)
 */
public record InboxMessage(long id, EventFormat format, String sender, String sha256, int size, Instant receivedAt,
                           MessageStatus status, int attempts, String lastError, Instant processedAt,
                           EventCounts counts, int revisions, List<ParseFailure> failures) {

    public InboxMessage {
        failures = List.copyOf(failures);
    }

    InboxMessage withFailures(List<ParseFailure> newFailures) {
        return new InboxMessage(id, format, sender, sha256, size, receivedAt, status, attempts, lastError,
                processedAt, counts, revisions, newFailures);
    }
}

package org.harbormaster.formats.x12;

import java.time.Instant;
import org.harbormaster.event.EventSource;
import org.harbormaster.formats.events.MessageContext;

/**
 * What the envelope around a transaction set tells its events: where it is, who sent it, and when.
 *
 * @param reportedAt GS04/GS05 (or ISA09/ISA10) read as UTC; null when neither is a valid date and time
 */
record Envelope(X12Place place, EventSource source, Instant reportedAt, MessageContext context) {
}

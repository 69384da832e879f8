package org.harbormaster.formats.events;

import org.harbormaster.event.EventFormat;

/**
 * Reads one raw message of one format into normalized milestone events. Never throws for what the message
 * contains: every problem becomes a {@link ParseFailure} naming its place.
 */
public interface EventMessageParser {

    EventFormat format();

    ParseOutcome parse(byte[] message, MessageContext context);
}

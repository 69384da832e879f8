package org.harbormaster.formats.events;

import java.time.Instant;
import java.util.Objects;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;

/** What the inbox knows of a message before it is parsed: its format, sender, arrival and inbox id. */
public record MessageContext(EventFormat format, String sender, Instant receivedAt, Long messageId) {

    public MessageContext {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public EventSource source() {
        return new EventSource(format, sender);
    }
}

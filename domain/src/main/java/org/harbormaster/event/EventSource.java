package org.harbormaster.event;

import java.util.Objects;

/** Who reported an event and in which format: the unit data quality is counted per. */
public record EventSource(EventFormat format, String sender) {

    public EventSource {
        Objects.requireNonNull(format, "format");
        sender = sender == null || sender.isBlank() ? "unknown" : sender.strip();
    }

    @Override
    public String toString() {
        return format + ":" + sender;
    }
}

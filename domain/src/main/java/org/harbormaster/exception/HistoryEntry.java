package org.harbormaster.exception;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to an alert: when, by whom ("system" for what the rules and timers do), what, and the reason
 * code, comment and detail that go with it (each may be null).
 */
public record HistoryEntry(Instant at, String by, AlertAction action, String reasonCode, String comment, String detail) {

    public static final String SYSTEM = "system";

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("every change to an alert says who made it");
        }
    }

    static HistoryEntry bySystem(Instant at, AlertAction action, String detail) {
        return new HistoryEntry(at, SYSTEM, action, null, null, detail);
    }
}

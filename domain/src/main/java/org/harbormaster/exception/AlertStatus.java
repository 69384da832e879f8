package org.harbormaster.exception;

/** Where an alert stands. Resolved is an operator's decision; cleared is the cause going away by itself. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    ASSIGNED,
    SNOOZED,
    RESOLVED,
    CLEARED;

    public boolean isClosed() {
        return this == RESOLVED || this == CLEARED;
    }
}

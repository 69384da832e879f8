package org.harbormaster.server.inbox;

/** Where a message stands in the inbox. */
public enum MessageStatus {
    /** Stored and acknowledged; not processed yet (or its processing was interrupted and will be redone). */
    RECEIVED,
    /** Parsed completely; its events are stored and applied. */
    PROCESSED,
    /** Some or all of it could not be read: kept with every failure's place and reason, until replayed. */
    QUARANTINED
}

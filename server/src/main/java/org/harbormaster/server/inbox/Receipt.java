package org.harbormaster.server.inbox;

/**
 * The inbox's answer to a delivery: the message as stored (durably, before this answer exists), and whether
 * it had been delivered before, in which case this delivery had no effect.
 */
public record Receipt(InboxMessage message, boolean duplicate) {
}

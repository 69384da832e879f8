package org.harbormaster.exception;

/** What happened to an alert, as its history records it. */
public enum AlertAction {
    OPENED,
    UPDATED,
    ACKNOWLEDGED,
    ASSIGNED,
    SNOOZED,
    SNOOZE_ENDED,
    COMMENTED,
    RESOLVED,
    CLEARED,
    CAUSE_GONE_AFTER_RESOLUTION,
    SLA_BREACHED
}

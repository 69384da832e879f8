package org.harbormaster.exception;

/** The two promises a team makes on an alert: to acknowledge it, and to resolve it, within a time. */
public enum SlaKind {
    ACKNOWLEDGE,
    RESOLVE
}

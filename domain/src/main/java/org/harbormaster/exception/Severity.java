package org.harbormaster.exception;

/** How bad an alert is on its own, before money, promise, customer and time left rank it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

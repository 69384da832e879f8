package org.harbormaster.event;

/** The ways events reach Harbormaster. */
public enum EventFormat {
    DCSA,
    X12_315,
    IFTSTA,
    CSV,
    API,
    UI
}

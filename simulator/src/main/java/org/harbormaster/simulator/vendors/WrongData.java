package org.harbormaster.simulator.vendors;

/** The mistakes senders make in a report that the simulation reproduces. */
public enum WrongData {
    NONE,
    /** A container number with a mistyped check digit. */
    CHECK_DIGIT,
    /** A place code that is no UN/LOCODE. */
    LOCATION,
    /** The event time keyed wrong, a day or two early (a correction may follow). */
    TIME
}

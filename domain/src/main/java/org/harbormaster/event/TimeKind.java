package org.harbormaster.event;

/** Whether an event reports a plan, an estimate or a fact (DCSA's eventClassifierCode PLN, EST, ACT). */
public enum TimeKind {
    PLANNED,
    ESTIMATED,
    ACTUAL
}

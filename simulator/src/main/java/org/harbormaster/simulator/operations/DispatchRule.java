package org.harbormaster.simulator.operations;

/** When the trucker is sent to collect an import container. */
public enum DispatchRule {
    /** When the consignee can take it: the container waits in the terminal (and may run into demurrage). */
    WHEN_CONSIGNEE_READY,
    /** As soon as it is available: pre-pulled to the trucker's yard, and delivered when the consignee is ready. */
    ON_AVAILABILITY
}

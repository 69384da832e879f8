package org.harbormaster.shipment;

/**
 * What can happen to a shipment, independent of any message format. Each wire format's codes map to
 * these (DCSA, X12 315 B4, IFTSTA, airline status codes).
 */
public enum MilestoneType {
    PICKED_UP("Picked up at origin door"),
    GATE_IN("Gated in / received at origin terminal"),
    STUFFED("Stuffed (consolidated) at origin CFS"),
    DOCUMENTATION_CUTOFF("Documentation cut-off"),
    VGM_CUTOFF("VGM cut-off"),
    CARGO_CUTOFF("Cargo cut-off"),
    LOADED("Loaded"),
    DEPARTED("Departed"),
    ARRIVED("Arrived"),
    DISCHARGED("Discharged"),
    CUSTOMS_RELEASED("Customs released"),
    STRIPPED("Stripped (deconsolidated) at destination CFS"),
    AVAILABLE_FOR_PICKUP("Available for pickup"),
    GATE_OUT("Gated out full"),
    DELIVERED("Delivered"),
    EMPTY_RETURNED("Empty returned");

    private final String label;

    MilestoneType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A cut-off is a deadline, not an event: it has a planned time, and an action must come before it. */
    public boolean isCutoff() {
        return this == DOCUMENTATION_CUTOFF || this == VGM_CUTOFF || this == CARGO_CUTOFF;
    }
}

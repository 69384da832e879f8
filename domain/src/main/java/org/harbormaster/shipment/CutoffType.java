package org.harbormaster.shipment;

/** Deadlines at origin before a sailing or flight; miss one and the cargo does not go. */
public enum CutoffType {
    /** Shipping instructions to the carrier. */
    DOCUMENTATION(MilestoneType.DOCUMENTATION_CUTOFF),
    /** Verified gross mass declared (SOLAS). */
    VGM(MilestoneType.VGM_CUTOFF),
    /** Last moment the full container (CY/port cut-off) or the air cargo may enter the terminal. */
    CARGO(MilestoneType.CARGO_CUTOFF);

    private final MilestoneType milestone;

    CutoffType(MilestoneType milestone) {
        this.milestone = milestone;
    }

    public MilestoneType milestone() {
        return milestone;
    }
}

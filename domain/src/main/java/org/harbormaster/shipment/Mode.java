package org.harbormaster.shipment;

/** How the main carriage moves: a whole container by sea, a share of one, or by air. */
public enum Mode {
    OCEAN_FCL,
    OCEAN_LCL,
    AIR;

    public boolean isOcean() {
        return this != AIR;
    }
}

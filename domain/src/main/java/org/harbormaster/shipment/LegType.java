package org.harbormaster.shipment;

/** The kinds of step a shipment's plan is made of, in the order they usually come. */
public enum LegType {
    /** Truck from the shipper's door to the origin terminal, CFS or airport. */
    PICKUP(true),
    /** LCL: cargo of several shippers stuffed into one container at the origin CFS. */
    CONSOLIDATION(false),
    /** Waiting at the origin port or airport for the main carriage; carries the cut-offs. */
    ORIGIN_TERMINAL(false),
    /** Vessel voyage or flight. */
    MAIN_CARRIAGE(true),
    /** Discharge from one vessel or flight and load onto the next at a hub. */
    TRANSSHIPMENT(false),
    /** At the destination port, airport or rail ramp: discharged, released, available. */
    DESTINATION_TERMINAL(false),
    /** Rail, truck or barge from the port of discharge to an inland point. */
    ON_CARRIAGE(true),
    /** LCL: container stripped at the destination CFS. */
    DECONSOLIDATION(false),
    /** Truck from the terminal, ramp or CFS to the consignee's door. */
    DELIVERY(true),
    /** Empty container back to the carrier's terminal or depot. */
    EMPTY_RETURN(true);

    private final boolean moves;

    LegType(boolean moves) {
        this.moves = moves;
    }

    /** Whether the cargo changes place during this leg (otherwise it dwells at one facility). */
    public boolean moves() {
        return moves;
    }
}

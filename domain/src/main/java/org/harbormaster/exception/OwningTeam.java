package org.harbormaster.exception;

import org.harbormaster.shipment.ShipmentDetails;

/** Who an alert goes to by default: the team that runs the shipment, or the customs team. */
public enum OwningTeam {
    SHIPMENT_TEAM,
    CUSTOMS;

    /** The team's name for this shipment: its own team, else its region's operations. */
    public String nameFor(ShipmentDetails details) {
        if (this == CUSTOMS) {
            return "Customs " + details.region();
        }
        return details.team() != null ? details.team() : "Operations " + details.region();
    }
}

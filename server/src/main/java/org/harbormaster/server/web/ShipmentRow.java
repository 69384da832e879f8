package org.harbormaster.server.web;

import java.time.Instant;
import java.util.List;
import org.harbormaster.server.shipments.ShipmentSummary;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.ShipmentView.CarrierView;
import org.harbormaster.server.shipments.ShipmentView.ContainerView;
import org.harbormaster.server.shipments.ShipmentView.LocationView;
import org.harbormaster.shipment.Shipment;

/** One line of the shipment list, everything an operator scans for, in the order the columns show it. */
public record ShipmentRow(String reference, String customerCode, String customerName, String mode,
                          String direction, LocationView origin, LocationView destination,
                          List<ContainerView> containers, CarrierView carrier, String status,
                          MilestoneCell last, MilestoneCell next, String promisedDelivery) {

    static ShipmentRow of(Shipment shipment, Instant now) {
        ShipmentView view = ShipmentView.of(shipment);
        ShipmentSummary summary = ShipmentSummary.of(shipment);
        return new ShipmentRow(view.reference(), view.customer().code(), view.customer().name(), view.mode(),
                view.direction(), view.origin().port(), view.destination().port(), view.cargo().containers(),
                view.carrier(), view.status(), MilestoneCell.of(summary.lastMilestone(), now),
                MilestoneCell.of(summary.nextMilestone(), now), view.promisedDelivery());
    }

    /** All container numbers, for the tooltip of a cell that shows only the first. */
    public String containerNumbers() {
        return String.join(", ", containers.stream().map(ContainerView::number).toList());
    }
}

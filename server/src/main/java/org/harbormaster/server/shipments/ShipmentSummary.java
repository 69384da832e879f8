package org.harbormaster.server.shipments;

import java.util.List;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;

/** One line of the shipment list: enough to scan and filter, with the last and next milestone. */
public record ShipmentSummary(String id, String reference, String status, String customer, String mode,
                              String direction, String origin, String destination, List<String> containers,
                              String carrier, String region, String team, String promisedDelivery,
                              ShipmentView.MilestoneView lastMilestone, ShipmentView.MilestoneView nextMilestone,
                              long version) {

    public static ShipmentSummary of(Shipment s) {
        ShipmentDetails d = s.details();
        return new ShipmentSummary(s.id().toString(), d.reference(), s.status().name(), d.customer().code(),
                d.mode().name(), d.direction().name(), d.origin().locode().toString(),
                d.destination().locode().toString(),
                d.cargo().containers().stream().map(c -> c.number().toString()).toList(),
                d.carrier() == null ? null : d.carrier().toString(), d.region(), d.team(),
                d.promisedDelivery() == null ? null : d.promisedDelivery().toString(),
                s.lastDone().map(ShipmentView::milestone).orElse(null),
                s.nextExpected().map(ShipmentView::milestone).orElse(null), s.version());
    }

    public record Page(List<ShipmentSummary> items, String nextCursor) {
    }
}

package org.harbormaster.server.inbox;

import java.util.List;
import org.harbormaster.server.shipments.ShipmentView.TimeView;

/**
 * One event in a shipment's history: what happened, when (in UTC and local to the place), where, who
 * reported it in which message, how late we heard of it, and what it did to which milestone.
 */
public record ShipmentEventView(String eventKey, String milestone, String sourceCode, String kind, TimeView eventTime,
                                String location, String facility, String mode, List<String> equipment,
                                List<String> references, VesselView vessel, boolean empty, SourceView source,
                                String reportedAt, String receivedAt, long timelinessSeconds, String appliedAt,
                                String milestoneKey, String outcome, List<FindingView> findings) {

    public record VesselView(String name, String imo, String voyage) {
    }

    public record SourceView(String format, String sender, long messageId) {
    }

    public record FindingView(String code, String detail) {
    }

    public record History(String shipmentId, String reference, List<ShipmentEventView> events) {
    }
}

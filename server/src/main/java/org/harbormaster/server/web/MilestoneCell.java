package org.harbormaster.server.web;

import java.time.Instant;
import org.harbormaster.server.shipments.ShipmentView.LocationView;
import org.harbormaster.server.shipments.ShipmentView.MilestoneView;

/**
 * A milestone squeezed into one table cell: what, where, and the one time that matters now (the actual
 * if it happened, else the estimate, else the plan), flagged when it should have happened already.
 */
public record MilestoneCell(String type, String label, LocationView place, PlaceTime time, String basis, boolean overdue) {

    static MilestoneCell of(MilestoneView m, Instant now) {
        if (m == null) {
            return null;
        }
        String zone = m.location().timeZone();
        if (m.actual() != null) {
            return new MilestoneCell(m.type(), m.label(), m.location(), PlaceTime.of(m.actual(), zone), "actual",
                    false);
        }
        boolean estimated = m.estimated() != null;
        PlaceTime expected = PlaceTime.of(estimated ? m.estimated() : m.planned(), zone);
        boolean overdue = expected != null && expected.instant().isBefore(now);
        return new MilestoneCell(m.type(), m.label(), m.location(), expected, estimated ? "estimated" : "planned", overdue);
    }
}

package org.harbormaster.server.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.ShipmentView.CustomerView;
import org.harbormaster.server.shipments.ShipmentView.LegView;
import org.harbormaster.server.shipments.ShipmentView.LocationView;
import org.harbormaster.server.shipments.ShipmentView.MilestoneView;
import org.harbormaster.shipment.Shipment;

/**
 * The shipment page: the booking as the API shows it, plus the plan and the milestones laid out for
 * reading, each time in the local time of its place.
 */
public record ShipmentDetail(ShipmentView shipment, List<LegLine> legs, List<MilestoneLine> milestones,
                             MilestoneCell next, long done) {

    /** One leg of the plan: start in the zone of where it starts, end in the zone of where it ends. */
    public record LegLine(int number, String type, String mode, CustomerView vendor, LocationView from,
                          LocationView to, PlaceTime plannedStart, PlaceTime plannedEnd, String conveyance,
                          boolean moves) {
    }

    /** One milestone with its three times and how the estimate and the actual stand against the plan. */
    public record MilestoneLine(String key, String label, boolean cutoff, boolean done, boolean next, boolean overdue,
                                int legNumber, LocationView place, PlaceTime planned, PlaceTime estimated,
                                PlaceTime actual, VarianceToPlan estimateVariance, VarianceToPlan actualVariance) {
    }

    static ShipmentDetail of(Shipment shipment, Instant now) {
        ShipmentView view = ShipmentView.of(shipment);
        List<LegLine> legs = view.legs().stream().map(ShipmentDetail::leg).toList();
        String nextKey = view.nextMilestone() == null ? null : view.nextMilestone().key();
        List<MilestoneLine> milestones = new ArrayList<>();
        for (MilestoneView m : view.milestones()) {
            milestones.add(milestone(m, m.key().equals(nextKey), now));
        }
        long done = milestones.stream().filter(m -> m.done() && !m.cutoff()).count();
        return new ShipmentDetail(view, legs, milestones, MilestoneCell.of(view.nextMilestone(), now), done);
    }

    /** Milestones that are events, not deadlines: what "done of" counts against. */
    public long events() {
        return milestones.stream().filter(m -> !m.cutoff()).count();
    }

    private static LegLine leg(LegView l) {
        boolean moves = !l.from().locode().equals(l.to().locode()) || l.mode() != null;
        return new LegLine(l.index() + 1, l.type(), l.mode(), l.vendor(), l.from(), l.to(),
                PlaceTime.of(l.plannedStart(), l.from().timeZone()), PlaceTime.of(l.plannedEnd(), l.to().timeZone()),
                conveyance(l.conveyance()), moves);
    }

    private static String conveyance(Map<String, String> c) {
        if (c == null) {
            return null;
        }
        String imo = c.get("imo") == null ? null : "IMO " + c.get("imo").replaceFirst("^IMO", "");
        return Stream.of(c.get("name"), c.get("voyageOrFlight"), imo).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    private static MilestoneLine milestone(MilestoneView m, boolean next, Instant now) {
        String zone = m.location().timeZone();
        PlaceTime planned = PlaceTime.of(m.planned(), zone);
        PlaceTime estimated = PlaceTime.of(m.estimated(), zone);
        PlaceTime actual = PlaceTime.of(m.actual(), zone);
        PlaceTime expected = estimated != null ? estimated : planned;
        boolean overdue = actual == null && !m.cutoff() && expected != null && expected.instant().isBefore(now);
        return new MilestoneLine(m.key(), m.label(), m.cutoff(), actual != null, next, overdue, m.legIndex() + 1,
                m.location(), planned, estimated, actual, VarianceToPlan.between(planned, estimated),
                VarianceToPlan.between(planned, actual));
    }
}

package org.harbormaster.server.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.server.shipments.ShipmentRequest.ConveyanceBody;
import org.harbormaster.server.shipments.ShipmentRequest.LegBody;
import org.harbormaster.server.shipments.ShipmentRequest.LocationBody;
import org.harbormaster.server.shipments.ShipmentRequest.PlanBody;
import org.harbormaster.server.shipments.ShipmentRequest.PlanChange;
import org.harbormaster.server.shipments.ShipmentRequest.VendorBody;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.ShipmentView.LegView;
import org.harbormaster.server.shipments.ShipmentView.TimeView;

/**
 * The shipment page's "re-plan a leg": the plan as it is, with one leg's planned start and end moved to times the
 * operator entered in the local time of where the leg starts and ends. The service checks the new plan like any.
 */
final class LegReplan {

    private LegReplan() {
    }

    static PlanChange change(ShipmentView shipment, Integer legNumber, String start, String end) {
        if (legNumber == null || legNumber < 1 || legNumber > shipment.legs().size()) {
            throw new IllegalArgumentException("Choose a leg from 1 to " + shipment.legs().size() + ".");
        }
        List<LegBody> legs = new ArrayList<>();
        for (LegView l : shipment.legs()) {
            boolean moved = l.index() == legNumber - 1;
            String newStart = moved ? local(start, l.from().timeZone(), l.plannedStart()) : text(l.plannedStart());
            String newEnd = moved ? local(end, l.to().timeZone(), l.plannedEnd()) : text(l.plannedEnd());
            legs.add(new LegBody(l.type(), l.mode(),
                    l.vendor() == null ? null : new VendorBody(l.vendor().code(), l.vendor().name()),
                    new LocationBody(l.from().locode(), l.from().facility()),
                    new LocationBody(l.to().locode(), l.to().facility()), newStart, newEnd, conveyance(l.conveyance()),
                    cutoffs(l.cutoffs())));
        }
        return new PlanChange(null, new PlanBody(legs), null);
    }

    /** A {@code datetime-local} value in the zone of its place, as an ISO offset time; blank keeps the old one. */
    private static String local(String entered, String zone, TimeView before) {
        if (entered == null || entered.isBlank()) {
            return text(before);
        }
        try {
            return LocalDateTime.parse(entered.strip()).atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + entered + "' is not a date and time like 2026-12-01T14:00.");
        }
    }

    private static String text(TimeView t) {
        return t == null ? null : t.local();
    }

    private static ConveyanceBody conveyance(Map<String, String> c) {
        return c == null ? null : new ConveyanceBody(c.get("name"), c.get("imo"), c.get("voyageOrFlight"));
    }

    private static Map<String, String> cutoffs(Map<String, TimeView> cutoffs) {
        if (cutoffs == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        cutoffs.forEach((k, v) -> out.put(k, text(v)));
        return out;
    }
}

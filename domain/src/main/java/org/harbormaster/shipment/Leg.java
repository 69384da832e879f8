package org.harbormaster.shipment;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of the plan. Moving legs have a transport mode; dwell legs (terminal, transshipment, CFS) start
 * and end at the same place and have none. The vendor may be unassigned (null) while the plan is a draft.
 */
public record Leg(LegType type, TransportMode mode, Vendor vendor, Location from, Location to,
                  Instant plannedStart, Instant plannedEnd, Conveyance conveyance, Map<CutoffType, Instant> cutoffs) {

    public Leg {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        cutoffs = cutoffs == null || cutoffs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cutoffs));
    }

    public static Leg moving(LegType type, TransportMode mode, Vendor vendor, Location from, Location to,
                             Instant start, Instant end) {
        return new Leg(type, mode, vendor, from, to, start, end, null, Map.of());
    }

    public static Leg dwell(LegType type, Vendor vendor, Location at, Instant start, Instant end) {
        return new Leg(type, null, vendor, at, at, start, end, null, Map.of());
    }

    public Leg withConveyance(Conveyance newConveyance) {
        return new Leg(type, mode, vendor, from, to, plannedStart, plannedEnd, newConveyance, cutoffs);
    }

    public Leg withCutoffs(Map<CutoffType, Instant> newCutoffs) {
        return new Leg(type, mode, vendor, from, to, plannedStart, plannedEnd, conveyance, newCutoffs);
    }

    public Leg withVendor(Vendor newVendor) {
        return new Leg(type, mode, newVendor, from, to, plannedStart, plannedEnd, conveyance, cutoffs);
    }
}

package org.harbormaster.shipment;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.identity.UnLocode;

/**
 * The standard flows a forwarder sells, each turning a few inputs into a full plan. Dwell and transit
 * allowances are typical figures (see {@code ../shared/data/calibration}: San Pedro Bay truck-bound dwell
 * about 3 days, rail-bound 4 to 6, LA to Chicago rail 4 to 6); the operator edits the plan where the
 * booking says otherwise.
 */
public enum PlanTemplate {
    FCL_IMPORT_PORT_TO_DOOR(Mode.OCEAN_FCL, "FCL import, port to door with drayage"),
    FCL_IMPORT_RAIL_TO_DOOR(Mode.OCEAN_FCL, "FCL import with rail on-carriage to an inland ramp, then door"),
    FCL_EXPORT_DOOR_TO_PORT(Mode.OCEAN_FCL, "FCL export, door to port"),
    LCL_VIA_CFS(Mode.OCEAN_LCL, "LCL door to door via origin and destination CFS"),
    AIR_DOOR_TO_DOOR(Mode.AIR, "Air door to door");

    static final Duration OCEAN_HUB_DWELL = ofDays(2);
    static final Duration AIR_HUB_DWELL = ofHours(4);

    private final Mode mode;
    private final String description;

    PlanTemplate(Mode mode, String description) {
        this.mode = mode;
        this.description = description;
    }

    public Mode mode() {
        return mode;
    }

    public String description() {
        return description;
    }

    /** Drafts the plan, or reports every missing or inconsistent input under {@code template.*}. */
    public Plan draft(PlanInputs in) {
        List<FieldProblem> problems = missingInputs(in);
        if (!problems.isEmpty()) {
            throw new InvalidShipmentException(problems);
        }
        return new Plan(switch (this) {
            case FCL_IMPORT_PORT_TO_DOOR -> fclImportToDoor(in);
            case FCL_IMPORT_RAIL_TO_DOOR -> fclImportRail(in);
            case FCL_EXPORT_DOOR_TO_PORT -> fclExportDoorToPort(in);
            case LCL_VIA_CFS -> lclViaCfs(in);
            case AIR_DOOR_TO_DOOR -> airDoorToDoor(in);
        });
    }

    private List<FieldProblem> missingInputs(PlanInputs in) {
        List<FieldProblem> problems = new ArrayList<>();
        need(problems, in.originPort(), "originPort");
        need(problems, in.destinationPort(), "destinationPort");
        need(problems, in.departure(), "departure");
        need(problems, in.arrival(), "arrival");
        if (in.departure() != null && in.arrival() != null) {
            Duration dwell = (mode == Mode.AIR ? AIR_HUB_DWELL : OCEAN_HUB_DWELL)
                    .multipliedBy(in.transshipmentPorts().size());
            if (!in.arrival().isAfter(in.departure().plus(dwell))) {
                problems.add(new FieldProblem("template.arrival", "must be after the departure"
                        + (dwell.isZero() ? "" : " plus " + dwell.toHours() + " h of transshipment dwell")));
            }
        }
        switch (this) {
            case FCL_IMPORT_PORT_TO_DOOR -> need(problems, in.destinationDoor(), "destinationDoor");
            case FCL_IMPORT_RAIL_TO_DOOR -> {
                need(problems, in.destinationDoor(), "destinationDoor");
                need(problems, in.inlandRamp(), "inlandRamp");
            }
            case FCL_EXPORT_DOOR_TO_PORT -> need(problems, in.originDoor(), "originDoor");
            case LCL_VIA_CFS, AIR_DOOR_TO_DOOR -> {
                need(problems, in.originDoor(), "originDoor");
                need(problems, in.destinationDoor(), "destinationDoor");
            }
            default -> throw new IllegalStateException("unhandled template " + this);
        }
        return problems;
    }

    private static void need(List<FieldProblem> problems, Object value, String input) {
        if (value == null) {
            problems.add(new FieldProblem("template." + input, "is required for this template"));
        }
    }

    private static List<Leg> fclImportToDoor(PlanInputs in) {
        List<Leg> legs = originTerminalAndMainCarriage(in, TransportMode.VESSEL, ofDays(3));
        Location port = Location.of(in.destinationPort());
        Instant available = in.arrival().plus(ofDays(3));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, port, in.arrival(), available));
        addDeliveryAndEmptyReturn(legs, in, port, available);
        return legs;
    }

    private static List<Leg> fclImportRail(PlanInputs in) {
        List<Leg> legs = originTerminalAndMainCarriage(in, TransportMode.VESSEL, ofDays(3));
        Location port = Location.of(in.destinationPort());
        Location ramp = new Location(in.inlandRamp(), "rail ramp");
        Instant railDeparts = in.arrival().plus(ofDays(4));
        Instant railArrives = railDeparts.plus(ofDays(5));
        Instant available = railArrives.plus(ofDays(1));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, port, in.arrival(), railDeparts));
        legs.add(Leg.moving(LegType.ON_CARRIAGE, TransportMode.RAIL, in.railCarrier(), port, ramp, railDeparts,
                railArrives));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, in.railCarrier(), ramp, railArrives, available));
        addDeliveryAndEmptyReturn(legs, in, ramp, available);
        return legs;
    }

    private static List<Leg> fclExportDoorToPort(PlanInputs in) {
        Location terminal = Location.of(in.originPort());
        Instant gateIn = in.departure().minus(ofDays(3));
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.moving(LegType.PICKUP, TransportMode.TRUCK, in.originTrucker(), in.originDoor(), terminal,
                gateIn.minus(ofDays(1)), gateIn));
        legs.addAll(originTerminalAndMainCarriage(in, TransportMode.VESSEL, ofDays(3)));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, Location.of(in.destinationPort()), in.arrival(),
                in.arrival().plus(ofDays(3))));
        return legs;
    }

    private static List<Leg> lclViaCfs(PlanInputs in) {
        Location originCfs = new Location(in.originPort(), "origin CFS");
        Location destinationCfs = new Location(in.destinationPort(), "destination CFS");
        Instant consolidationStart = in.departure().minus(ofDays(6));
        Instant consolidated = in.departure().minus(ofDays(4));
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.moving(LegType.PICKUP, TransportMode.TRUCK, in.originTrucker(), in.originDoor(), originCfs,
                consolidationStart.minus(ofDays(1)), consolidationStart));
        legs.add(Leg.dwell(LegType.CONSOLIDATION, null, originCfs, consolidationStart, consolidated));
        legs.addAll(originTerminalAndMainCarriage(in, TransportMode.VESSEL, ofDays(4)));
        Instant atCfs = in.arrival().plus(ofDays(2));
        Instant available = atCfs.plus(ofDays(3));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, Location.of(in.destinationPort()), in.arrival(), atCfs));
        legs.add(Leg.dwell(LegType.DECONSOLIDATION, null, destinationCfs, atCfs, available));
        legs.add(Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, in.destinationTrucker(), destinationCfs,
                in.destinationDoor(), available, available.plus(ofDays(1))));
        return legs;
    }

    private static List<Leg> airDoorToDoor(PlanInputs in) {
        Location originAirport = Location.of(in.originPort());
        Location destinationAirport = Location.of(in.destinationPort());
        Instant received = in.departure().minus(ofHours(12));
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.moving(LegType.PICKUP, TransportMode.TRUCK, in.originTrucker(), in.originDoor(), originAirport,
                received.minus(ofHours(12)), received));
        legs.add(Leg.dwell(LegType.ORIGIN_TERMINAL, in.carrier(), originAirport, received,
                in.departure().minus(ofHours(2))).withCutoffs(Map.of(CutoffType.CARGO, in.departure().minus(ofHours(6)))));
        legs.addAll(mainCarriage(in, TransportMode.AIRCRAFT, AIR_HUB_DWELL));
        Instant available = in.arrival().plus(ofHours(12));
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, in.carrier(), destinationAirport, in.arrival(), available));
        legs.add(Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, in.destinationTrucker(), destinationAirport,
                in.destinationDoor(), available, available.plus(ofHours(12))));
        return legs;
    }

    /** Gate-in to loading at the origin port with the three ocean cut-offs, then the vessel legs. */
    private static List<Leg> originTerminalAndMainCarriage(PlanInputs in, TransportMode mode, Duration dwell) {
        Location terminal = Location.of(in.originPort());
        Instant departure = in.departure();
        Map<CutoffType, Instant> cutoffs = new EnumMap<>(CutoffType.class);
        cutoffs.put(CutoffType.DOCUMENTATION, departure.minus(ofDays(4)));
        cutoffs.put(CutoffType.VGM, departure.minus(ofHours(48)));
        cutoffs.put(CutoffType.CARGO, departure.minus(ofHours(36)));
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.dwell(LegType.ORIGIN_TERMINAL, null, terminal, departure.minus(dwell), departure.minus(ofHours(6)))
                .withCutoffs(cutoffs));
        legs.addAll(mainCarriage(in, mode, OCEAN_HUB_DWELL));
        return legs;
    }

    /** Vessel or flight legs, split at each transshipment hub with a fixed dwell between them. */
    private static List<Leg> mainCarriage(PlanInputs in, TransportMode mode, Duration hubDwell) {
        List<UnLocode> stops = new ArrayList<>();
        stops.add(in.originPort());
        stops.addAll(in.transshipmentPorts());
        stops.add(in.destinationPort());
        int hops = stops.size() - 1;
        Duration sailing = Duration.between(in.departure(), in.arrival())
                .minus(hubDwell.multipliedBy(hops - 1L)).dividedBy(hops);
        List<Leg> legs = new ArrayList<>();
        Instant departs = in.departure();
        for (int i = 0; i < hops; i++) {
            Instant arrives = i == hops - 1 ? in.arrival() : departs.plus(sailing);
            Location from = Location.of(stops.get(i));
            Location to = Location.of(stops.get(i + 1));
            Leg leg = Leg.moving(LegType.MAIN_CARRIAGE, mode, in.carrier(), from, to, departs, arrives);
            legs.add(in.conveyance() == null ? leg : leg.withConveyance(in.conveyance()));
            if (i < hops - 1) {
                departs = arrives.plus(hubDwell);
                legs.add(Leg.dwell(LegType.TRANSSHIPMENT, in.carrier(), to, arrives, departs));
            }
        }
        return legs;
    }

    private static void addDeliveryAndEmptyReturn(List<Leg> legs, PlanInputs in, Location from, Instant available) {
        Instant delivered = available.plus(ofDays(1));
        legs.add(Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, in.destinationTrucker(), from,
                in.destinationDoor(), available, delivered));
        legs.add(Leg.moving(LegType.EMPTY_RETURN, TransportMode.TRUCK, in.destinationTrucker(), in.destinationDoor(),
                from, delivered, delivered.plus(ofDays(4))));
    }
}

package org.harbormaster.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.TransportMode;

/**
 * The plan of a tracking-only trip, read from the places the container's events name: the port where it was
 * first loaded on a ship, each hub where it changed ships, the port of discharge, a rail ramp beyond it, the
 * full out-gate and the empty's return. A leg's planned times are what the feed first said: a planned time
 * where it gave one, else its first estimate, else what happened. Only the events it is given count, so a
 * backtest gives it the events known at its cut-off.
 */
public final class TrackedRoute {

    private TrackedRoute() {
    }

    /** A place the container stopped at, with the time of each milestone the feed reports there. */
    private static final class Stop {
        final UnLocode place;
        final Map<MilestoneType, Times> times = new EnumMap<>(MilestoneType.class);
        TransportMode arrivedBy;
        TransportMode leftBy;

        Stop(UnLocode place) {
            this.place = place;
        }

        Optional<Instant> order(MilestoneType... types) {
            for (MilestoneType type : types) {
                Times t = times.get(type);
                if (t != null) {
                    return Optional.of(t.order());
                }
            }
            return Optional.empty();
        }

        Optional<Instant> planned(MilestoneType... types) {
            for (MilestoneType type : types) {
                Times t = times.get(type);
                if (t != null) {
                    return Optional.of(t.planned());
                }
            }
            return Optional.empty();
        }

        /** The planned time of the first of these milestones the feed reports here, else of any it reports. */
        Instant plannedOrAny(MilestoneType... types) {
            return planned(types).orElseGet(() -> times.values().stream().map(Times::planned)
                    .min(Comparator.naturalOrder()).orElseThrow());
        }

        boolean has(MilestoneType type) {
            return times.containsKey(type);
        }

        boolean arrives() {
            return has(MilestoneType.ARRIVED) || has(MilestoneType.DISCHARGED);
        }

        boolean leaves() {
            return has(MilestoneType.LOADED) || has(MilestoneType.DEPARTED);
        }
    }

    /** The events of one milestone at one place, read for ordering the route and for the plan. */
    private static final class Times {
        final List<MilestoneEvent> events = new ArrayList<>();

        /** What happened, else the latest estimate, else the latest planned time. */
        Instant order() {
            return pick(TimeKind.ACTUAL, true).or(() -> pick(TimeKind.ESTIMATED, true))
                    .or(() -> pick(TimeKind.PLANNED, true)).orElseThrow();
        }

        /** The first planned time, else the first estimate, else what happened. */
        Instant planned() {
            return pick(TimeKind.PLANNED, false).or(() -> pick(TimeKind.ESTIMATED, false))
                    .or(() -> pick(TimeKind.ACTUAL, true)).orElseThrow();
        }

        private Optional<Instant> pick(TimeKind kind, boolean latest) {
            Comparator<MilestoneEvent> byReport = Comparator.comparing(MilestoneEvent::reportedAt)
                    .thenComparing(MilestoneEvent::eventKey);
            return events.stream().filter(e -> e.kind() == kind)
                    .max(latest ? byReport : byReport.reversed()).map(MilestoneEvent::eventTime);
        }
    }

    /** The trip's plan; empty when the events show no voyage (no loading or departure and arrival by water). */
    public static Optional<Plan> plan(List<MilestoneEvent> trip) {
        List<Stop> stops = stops(trip);
        int first = firstWaterDeparture(stops);
        int last = lastWaterArrival(stops);
        if (first < 0 || last <= first) {
            return Optional.empty();
        }
        List<Leg> legs = new ArrayList<>();
        Stop origin = stops.get(first);
        origin.planned(MilestoneType.GATE_IN).ifPresent(gateIn -> legs.add(Leg.dwell(LegType.ORIGIN_TERMINAL, null,
                at(origin), gateIn, origin.planned(MilestoneType.LOADED, MilestoneType.DEPARTED).orElse(gateIn))));
        for (int i = first; i < last; i++) {
            Stop from = stops.get(i);
            Stop to = stops.get(i + 1);
            if (i > first) {
                legs.add(Leg.dwell(LegType.TRANSSHIPMENT, null, at(from),
                        from.plannedOrAny(MilestoneType.DISCHARGED, MilestoneType.ARRIVED),
                        from.plannedOrAny(MilestoneType.LOADED, MilestoneType.DEPARTED)));
            }
            legs.add(Leg.moving(LegType.MAIN_CARRIAGE, waterMode(from, to), null, at(from), at(to),
                    from.plannedOrAny(MilestoneType.DEPARTED, MilestoneType.LOADED),
                    to.plannedOrAny(MilestoneType.ARRIVED, MilestoneType.DISCHARGED)));
        }
        addDestination(legs, stops, last, emptyReturn(trip));
        return Optional.of(new Plan(inOrder(legs)));
    }

    private static void addDestination(List<Leg> legs, List<Stop> stops, int pod, Optional<MilestoneEvent> emptyReturn) {
        Stop port = stops.get(pod);
        Instant arrived = port.plannedOrAny(MilestoneType.DISCHARGED, MilestoneType.ARRIVED);
        Stop terminal = port;
        Optional<Stop> ramp = pod + 1 < stops.size() && stops.get(pod + 1).arrivedBy == TransportMode.RAIL
                ? Optional.of(stops.get(pod + 1)) : Optional.empty();
        if (ramp.isPresent()) {
            Instant railLeaves = port.planned(MilestoneType.DEPARTED, MilestoneType.LOADED).orElse(arrived);
            legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, at(port), arrived, railLeaves));
            Instant railArrives = ramp.get().planned(MilestoneType.ARRIVED, MilestoneType.DISCHARGED).orElse(railLeaves);
            legs.add(Leg.moving(LegType.ON_CARRIAGE, TransportMode.RAIL, null, at(port), at(ramp.get()), railLeaves,
                    railArrives));
            terminal = ramp.get();
            arrived = railArrives;
        }
        Location lastTerminal = at(terminal);
        Optional<Instant> gateOut = terminal.planned(MilestoneType.GATE_OUT);
        legs.add(Leg.dwell(LegType.DESTINATION_TERMINAL, null, lastTerminal, arrived, gateOut.orElse(arrived)));
        if (gateOut.isPresent() || emptyReturn.isPresent()) {
            Instant out = gateOut.orElse(arrived);
            legs.add(Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, null, lastTerminal, lastTerminal, out, out));
            emptyReturn.ifPresent(e -> legs.add(Leg.moving(LegType.EMPTY_RETURN, TransportMode.TRUCK, null,
                    lastTerminal, Location.of(e.location()), out, e.eventTime())));
        }
    }

    /** Times as the feed gave them can overlap (a plan made before an actual moved); each leg starts no earlier
     *  than the previous one ends. */
    private static List<Leg> inOrder(List<Leg> legs) {
        List<Leg> ordered = new ArrayList<>();
        Instant previousEnd = Instant.MIN;
        for (Leg leg : legs) {
            Instant start = leg.plannedStart().isBefore(previousEnd) ? previousEnd : leg.plannedStart();
            Instant end = leg.plannedEnd().isBefore(start) ? start : leg.plannedEnd();
            ordered.add(new Leg(leg.type(), leg.mode(), leg.vendor(), leg.from(), leg.to(), start, end,
                    leg.conveyance(), leg.cutoffs()));
            previousEnd = end;
        }
        return ordered;
    }

    private static Optional<MilestoneEvent> emptyReturn(List<MilestoneEvent> trip) {
        return trip.stream().filter(e -> e.type() == MilestoneType.EMPTY_RETURNED && e.location() != null)
                .max(Comparator.comparing((MilestoneEvent e) -> e.kind() == TimeKind.ACTUAL)
                        .thenComparing(MilestoneEvent::reportedAt).thenComparing(MilestoneEvent::eventKey));
    }

    /** The places, in the order the container reached them; a place seen again joins its first visit. */
    private static List<Stop> stops(List<MilestoneEvent> trip) {
        Map<UnLocode, Map<MilestoneType, Times>> byPlace = new LinkedHashMap<>();
        for (MilestoneEvent e : trip) {
            if (e.type() == null || e.location() == null || e.type() == MilestoneType.EMPTY_RETURNED || e.empty()
                    || e.type().isCutoff()) {
                continue;
            }
            byPlace.computeIfAbsent(e.location(), k -> new EnumMap<>(MilestoneType.class))
                    .computeIfAbsent(e.type(), k -> new Times()).events.add(e);
        }
        List<Stop> stops = new ArrayList<>();
        byPlace.forEach((place, times) -> {
            Stop stop = new Stop(place);
            stop.times.putAll(times);
            stop.arrivedBy = modeOf(times, MilestoneType.ARRIVED, MilestoneType.DISCHARGED);
            stop.leftBy = modeOf(times, MilestoneType.DEPARTED, MilestoneType.LOADED);
            stops.add(stop);
        });
        stops.sort(Comparator.comparing(TrackedRoute::firstTime));
        return stops;
    }

    private static Instant firstTime(Stop stop) {
        return stop.times.values().stream().map(Times::order).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static TransportMode modeOf(Map<MilestoneType, Times> times, MilestoneType... types) {
        for (MilestoneType type : types) {
            Times t = times.get(type);
            if (t != null) {
                Optional<TransportMode> mode = t.events.stream().map(MilestoneEvent::mode)
                        .filter(m -> m != null).findFirst();
                if (mode.isPresent()) {
                    return mode.get();
                }
            }
        }
        return null;
    }

    private static boolean byWater(TransportMode mode) {
        return mode == null || mode == TransportMode.VESSEL || mode == TransportMode.BARGE;
    }

    private static int firstWaterDeparture(List<Stop> stops) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).leaves() && byWater(stops.get(i).leftBy)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWaterArrival(List<Stop> stops) {
        for (int i = stops.size() - 1; i > 0; i--) {
            if (stops.get(i).arrives() && byWater(stops.get(i).arrivedBy)) {
                return i;
            }
        }
        return -1;
    }

    private static TransportMode waterMode(Stop from, Stop to) {
        TransportMode mode = to.arrivedBy != null ? to.arrivedBy : from.leftBy;
        return mode == TransportMode.BARGE ? TransportMode.BARGE : TransportMode.VESSEL;
    }

    private static Location at(Stop stop) {
        return Location.of(stop.place);
    }
}

package org.harbormaster.formats.x12;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * The port times of a 315's R4 loop: each R4 names a port of the route, its DTMs give that port's times.
 * DTM qualifier 139 is an estimate, 140 an actual. At the port of loading (R4-01 {@code L}) the time is the
 * departure, at the port of discharge ({@code D}) and the place of delivery ({@code E}) the arrival; at a
 * transshipment port ({@code T}) the earlier time is the arrival and a later one the departure. Other
 * functions (place of receipt, the activity location {@code 5}) carry no port time Harbormaster reads.
 *
 * <p>An actual (140) is taken as a fact only when it is not after the message was sent: a carrier cannot
 * know an actual time that has not happened. The send time is read as UTC without knowing the sender's zone,
 * so up to {@link #SEND_TIME_SLACK} of lead is allowed. An actual that restates the B4 status itself (same
 * milestone, place and time) is not repeated.
 */
final class PortTimes {

    static final Duration SEND_TIME_SLACK = Duration.ofHours(14);
    private static final String ESTIMATED = "139";
    private static final String ACTUAL = "140";
    private static final Set<String> PORT_FUNCTIONS = Set.of("L", "D", "E", "T");

    private final LocationReader locations;

    PortTimes(LocationReader locations) {
        this.locations = locations;
    }

    List<MilestoneEvent> read(List<Segment> segments, TransactionFacts facts, Set<String> countries,
                              Optional<MilestoneEvent> status, X12Place place, Failures failures) {
        Map<String, MilestoneEvent> events = new LinkedHashMap<>();
        for (PortCall call : portCalls(segments)) {
            for (MilestoneEvent event : read(call, facts, countries, place, failures)) {
                boolean restatesStatus = status.filter(b4 -> sameFact(b4, event)).isPresent();
                if (!restatesStatus) {
                    events.putIfAbsent(event.eventKey(), event);
                }
            }
        }
        return List.copyOf(events.values());
    }

    private List<MilestoneEvent> read(PortCall call, TransactionFacts facts, Set<String> countries, X12Place place,
                                      Failures failures) {
        String function = call.r4().element(1).toUpperCase(Locale.ROOT);
        List<Segment> dtms = call.dtms().stream()
                .filter(dtm -> dtm.element(1).equals(ESTIMATED) || dtm.element(1).equals(ACTUAL)).toList();
        if (dtms.isEmpty() || !PORT_FUNCTIONS.contains(function)) {
            return List.of();
        }
        Parsed<UnLocode> port = locations.read(call.r4().element(2), call.r4().element(3), countries);
        if (!port.isValid()) {
            failures.add(place.at(call.r4(), 3), port.problem().orElseThrow() + "; the times of this port are not read");
            return List.of();
        }
        UnLocode location = port.orElseThrow();
        List<Timed> times = new ArrayList<>();
        for (Segment dtm : dtms) {
            instant(dtm, location.zone(), place, failures).ifPresent(time -> times.add(new Timed(dtm, time)));
        }
        times.sort(Comparator.comparing(Timed::time));
        List<MilestoneEvent> events = new ArrayList<>();
        Map<String, Integer> seenPerQualifier = new LinkedHashMap<>();
        for (Timed timed : times) {
            String qualifier = timed.dtm().element(1);
            int nth = seenPerQualifier.merge(qualifier, 1, Integer::sum);
            Optional<MilestoneType> type = milestoneAt(function, nth);
            TimeKind kind = qualifier.equals(ESTIMATED) ? TimeKind.ESTIMATED : TimeKind.ACTUAL;
            if (type.isEmpty() || (kind == TimeKind.ACTUAL && !isFact(timed, facts, place, failures))) {
                continue;
            }
            events.add(facts.event(type.get(), "R4*" + function + " DTM*" + qualifier, kind, timed.time(), location,
                    blankToNull(call.r4().element(6)), function.equals("E") ? null : TransportMode.VESSEL));
        }
        return events;
    }

    private static Optional<MilestoneType> milestoneAt(String function, int nth) {
        return switch (function) {
            case "L" -> Optional.of(MilestoneType.DEPARTED);
            case "D", "E" -> Optional.of(MilestoneType.ARRIVED);
            case "T" -> nth == 1 ? Optional.of(MilestoneType.ARRIVED)
                    : nth == 2 ? Optional.of(MilestoneType.DEPARTED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isFact(Timed timed, TransactionFacts facts, X12Place place, Failures failures) {
        Instant latestPossible = facts.sentAt().plus(SEND_TIME_SLACK);
        if (timed.time().isAfter(latestPossible)) {
            failures.add(place.at(timed.dtm(), 2), "actual time (140) " + timed.time()
                    + " is after the message was sent (" + facts.sentAt() + "): not a fact, ignored");
            return false;
        }
        return true;
    }

    private static Optional<Instant> instant(Segment dtm, ZoneId portZone, X12Place place, Failures failures) {
        Parsed<LocalDate> date = X12Times.date(dtm.element(2));
        if (!date.isValid()) {
            failures.add(place.at(dtm, 2), date.problem().orElseThrow());
            return Optional.empty();
        }
        Parsed<LocalTime> time = X12Times.time(dtm.element(3));
        if (!time.isValid()) {
            failures.add(place.at(dtm, 3), time.problem().orElseThrow());
            return Optional.empty();
        }
        Optional<ZoneId> zone = X12Times.zoneOfTimeCode(dtm.element(4), portZone);
        if (zone.isEmpty()) {
            failures.add(place.at(dtm, 4), "time code '" + dtm.element(4)
                    + "' is not one Harbormaster reads (LT, UT, GM or a North American zone); time not read");
            return Optional.empty();
        }
        return Optional.of(date.orElseThrow().atTime(time.orElseThrow()).atZone(zone.get()).toInstant());
    }

    private static boolean sameFact(MilestoneEvent status, MilestoneEvent portTime) {
        return status.type() == portTime.type() && status.kind() == portTime.kind()
                && status.eventTime().equals(portTime.eventTime())
                && Objects.equals(status.location(), portTime.location());
    }

    /** The R4 segments, each with the DTMs that follow it up to the next R4. */
    private static List<PortCall> portCalls(List<Segment> segments) {
        List<PortCall> calls = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.tag().equals("R4")) {
                calls.add(new PortCall(segment, new ArrayList<>()));
            } else if (segment.tag().equals("DTM") && !calls.isEmpty()) {
                calls.get(calls.size() - 1).dtms().add(segment);
            }
        }
        return calls;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private record PortCall(Segment r4, List<Segment> dtms) {
    }

    private record Timed(Segment dtm, Instant time) {
    }
}

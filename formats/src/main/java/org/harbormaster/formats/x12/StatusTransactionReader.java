package org.harbormaster.formats.x12;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;

/**
 * Reads the body of one 315 transaction set: the B4 status becomes one event, the R4/DTM port times become
 * estimated (and restated actual) events, and N9, Q2 give every event its references and vessel.
 */
final class StatusTransactionReader {

    private final StatusCodeTable codes;
    private final StatusLocator locator;
    private final PortTimes portTimes;

    StatusTransactionReader(StatusCodeTable codes, LocationReader locations) {
        this.codes = codes;
        this.locator = new StatusLocator(locations);
        this.portTimes = new PortTimes(locations);
    }

    List<MilestoneEvent> read(List<Segment> segments, Envelope envelope, Failures failures) {
        X12Place place = envelope.place();
        List<Segment> b4s = segments.stream().filter(segment -> segment.tag().equals("B4")).toList();
        if (b4s.isEmpty()) {
            failures.add(place.describe(), "the transaction set has no B4 segment, so it reports no status");
            return List.of();
        }
        b4s.stream().skip(1).forEach(extra -> failures.add(place.at(extra),
                "a 315 reports one status; this second B4 is ignored"));
        Segment b4 = b4s.get(0);
        Set<String> countries = StatusLocator.countriesNamed(segments, b4);
        TransactionFacts facts = facts(b4, segments, envelope, failures);
        Optional<MilestoneEvent> status = status(b4, segments, facts, countries, place, failures);
        List<MilestoneEvent> events = new ArrayList<>();
        status.ifPresent(events::add);
        events.addAll(portTimes.read(segments, facts, countries, status, place, failures));
        return events;
    }

    private Optional<MilestoneEvent> status(Segment b4, List<Segment> segments, TransactionFacts facts,
                                            Set<String> countries, X12Place place, Failures failures) {
        String code = b4.element(3).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            failures.add(place.at(b4, 3), "the shipment status code is missing");
            return Optional.empty();
        }
        Parsed<LocalDate> date = X12Times.date(b4.element(4));
        if (!date.isValid()) {
            failures.add(place.at(b4, 4), b4.has(4) ? date.problem().orElseThrow() : "the status date is missing");
        }
        Parsed<LocalTime> time = X12Times.time(b4.element(5));
        if (!time.isValid()) {
            failures.add(place.at(b4, 5), time.problem().orElseThrow());
        }
        if (!date.isValid() || !time.isValid()) {
            return Optional.empty();
        }
        StatusLocator.Located where = locator.locate(b4, segments, countries, place, failures);
        ZoneId zone = where.location().map(UnLocode::zone).orElse(ZoneOffset.UTC);
        Instant instant = date.orElseThrow().atTime(time.orElseThrow()).atZone(zone).toInstant();
        Optional<StatusCode> known = codes.find(code);
        return Optional.of(facts.event(known.flatMap(StatusCode::milestone).orElse(null), code, TimeKind.ACTUAL,
                instant, where.location().orElse(null), where.facility(),
                known.flatMap(StatusCode::mode).orElse(null)));
    }

    private TransactionFacts facts(Segment b4, List<Segment> segments, Envelope envelope, Failures failures) {
        X12Place place = envelope.place();
        Optional<ContainerNumber> container = EquipmentReader.read(b4, place, failures);
        Set<ContainerNumber> equipment = new LinkedHashSet<>();
        container.ifPresent(equipment::add);
        Set<CarrierReference> references = new LinkedHashSet<>();
        String vesselNameFromN9 = null;
        for (Segment n9 : segments) {
            if (!n9.tag().equals("N9") || !n9.has(2)) {
                continue;
            }
            String qualifier = n9.element(1).toUpperCase(Locale.ROOT);
            if (qualifier.equals(ReferenceQualifiers.EQUIPMENT)) {
                otherContainer(n9, container, place, failures).ifPresent(equipment::add);
            } else if (qualifier.equals(ReferenceQualifiers.VESSEL_NAME)) {
                vesselNameFromN9 = vesselNameFromN9 == null ? n9.element(2) : vesselNameFromN9;
            } else {
                ReferenceQualifiers.typeOf(qualifier)
                        .ifPresent(type -> references.add(new CarrierReference(type, n9.element(2))));
            }
        }
        Optional<Segment> q2 = segments.stream().filter(segment -> segment.tag().equals("Q2")).findFirst();
        String vesselName = q2.map(segment -> blankToNull(segment.element(13))).orElse(vesselNameFromN9);
        ImoNumber imo = q2.flatMap(segment -> imo(segment, place, failures)).orElse(null);
        String voyage = q2.map(segment -> blankToNull(segment.element(9))).orElse(null);
        return new TransactionFacts(envelope.source(), List.copyOf(equipment), List.copyOf(references),
                vesselName, imo, voyage, isEmpty(b4, place, failures),
                envelope.reportedAt(), envelope.context());
    }

    /**
     * An N9*EQ container. When it is the B4 container (same owner code and serial) it adds nothing, and a
     * wrong check digit on it was already reported at B4-13.
     */
    private static Optional<ContainerNumber> otherContainer(Segment n9, Optional<ContainerNumber> fromB4,
                                                            X12Place place, Failures failures) {
        String text = n9.element(2).toUpperCase(Locale.ROOT).replace(" ", "");
        boolean sameBox = fromB4.map(b4 -> text.length() >= 10 && text.startsWith(b4.value().substring(0, 10)))
                .orElse(false);
        if (sameBox) {
            return Optional.empty();
        }
        Parsed<ContainerNumber> parsed = ContainerNumber.parse(text);
        if (!parsed.isValid()) {
            failures.add(place.at(n9, 2), "equipment '" + n9.element(2) + "': " + parsed.problem().orElseThrow());
        }
        return parsed.value();
    }

    /** Q2-01 is the IMO (Lloyd's Register) number when Q2-12 says {@code L}; other vessel codes are not read. */
    private static Optional<ImoNumber> imo(Segment q2, X12Place place, Failures failures) {
        if (!q2.element(12).equalsIgnoreCase("L") || !q2.has(1)) {
            return Optional.empty();
        }
        Parsed<ImoNumber> imo = ImoNumber.parse(q2.element(1));
        if (!imo.isValid()) {
            failures.add(place.at(q2, 1), "vessel code '" + q2.element(1) + "' (Lloyd's/IMO): "
                    + imo.problem().orElseThrow());
        }
        return imo.value();
    }

    private boolean isEmpty(Segment b4, X12Place place, Failures failures) {
        String status = b4.element(9).toUpperCase(Locale.ROOT);
        boolean codeSaysEmpty = codes.find(b4.element(3)).map(StatusCode::impliesEmpty).orElse(false);
        return switch (status) {
            case "E" -> true;
            case "L" -> false;
            case "" -> codeSaysEmpty;
            default -> {
                failures.add(place.at(b4, 9), "equipment status '" + b4.element(9) + "' is neither E (empty) nor L (loaded)");
                yield codeSaysEmpty;
            }
        };
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}

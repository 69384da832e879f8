package org.harbormaster.formats.edifact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.EventKeys;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;

/**
 * Turns one IFTSTA message into events. Each status (STS and the segments under it, up to the next STS,
 * CNI or UNT) gives the event the status code names, at the status's LOC and DTM 334; and every time its
 * route gives (a LOC under the TDT, followed by DTM 132, 133, 178, 186, 17 or 35) gives an arrival,
 * departure or delivery there. Equipment comes from the status's EQD segments, else its RFF EQ, else the
 * message's; references from the status's RFF and the message's.
 */
final class IftstaEventReader {

    static final String FORMAT = "IFTSTA";

    private final EdifactMessage message;
    private final MessageContext context;
    private final IftstaStatusCodes codes;
    private final List<MilestoneEvent> events = new ArrayList<>();
    private final List<ParseFailure> failures = new ArrayList<>();
    private final Set<CarrierReference> messageReferences = new LinkedHashSet<>();
    private final Set<ContainerNumber> messageEquipment = new LinkedHashSet<>();
    private final Set<String> reportedNumbers = new HashSet<>();
    private Instant reportedAt;
    private StatusGroup status;
    private boolean inConsignment;

    private IftstaEventReader(EdifactMessage message, MessageContext context, IftstaStatusCodes codes) {
        this.message = message;
        this.context = context;
        this.codes = codes;
    }

    /** The events and failures of one message; a message of another type is one failure. */
    static IftstaEventReader read(EdifactMessage message, MessageContext context, IftstaStatusCodes codes) {
        IftstaEventReader reader = new IftstaEventReader(message, context, codes);
        reader.readSegments();
        return reader;
    }

    List<MilestoneEvent> events() {
        return events;
    }

    List<ParseFailure> failures() {
        return failures;
    }

    private void readSegments() {
        if (message.segments().isEmpty()) {
            return;
        }
        EdifactSegment header = message.segments().get(0);
        if (!FORMAT.equals(message.type())) {
            failures.add(new ParseFailure(header.where(message.reference(), 2, 1), "is a '" + message.type()
                    + "' message; only IFTSTA status reports are read here"));
            return;
        }
        for (EdifactSegment segment : message.segments()) {
            if (!read(segment)) {
                return;
            }
        }
        finishStatus();
    }

    /** Reads one segment into the message or the current status; false when the message must be left unread. */
    private boolean read(EdifactSegment segment) {
        switch (segment.tag()) {
            case "BGM" -> {
                return acceptsFunction(segment);
            }
            case "CNI" -> {
                finishStatus();
                inConsignment = true;
            }
            case "STS" -> {
                finishStatus();
                status = new StatusGroup(segment);
            }
            case "UNT" -> finishStatus();
            default -> {
                if (status != null) {
                    status.add(segment);
                } else if (!inConsignment) {
                    readHeader(segment);
                }
            }
        }
        return true;
    }

    /** A cancelled status report (BGM element 03 = 1) must not be applied as if its statuses happened. */
    private boolean acceptsFunction(EdifactSegment bgm) {
        if (bgm.value(3).equals("1")) {
            failures.add(new ParseFailure(bgm.where(message.reference(), 3),
                    "the message cancels an earlier status report (function 1); cancellations are not applied, "
                            + "so none of its statuses is read"));
            return false;
        }
        return true;
    }

    private void readHeader(EdifactSegment segment) {
        if (segment.is("DTM") && segment.component(1, 1).equals("137")) {
            reportedAt = documentDate(segment);
        } else if (segment.is("RFF")) {
            readReference(segment, messageReferences, messageEquipment);
        }
    }

    /** The document date orders corrections from one sender; a time without a zone is read as UTC. */
    private Instant documentDate(EdifactSegment dtm) {
        Parsed<EdifactDateTime> date = EdifactDateTime.parse(dtm.component(1, 2), dtm.component(1, 3));
        if (date.value().isEmpty()) {
            failures.add(new ParseFailure(dtm.where(message.reference(), 1, 2), date.problem().orElseThrow()));
            return null;
        }
        return date.value().get().at(ZoneOffset.UTC);
    }

    private void readReference(EdifactSegment rff, Set<CarrierReference> references, Set<ContainerNumber> equipment) {
        String qualifier = rff.component(1, 1);
        String value = rff.component(1, 2);
        if (value.isEmpty()) {
            return;
        }
        if (qualifier.equals("EQ")) {
            collectContainer(value, rff.where(message.reference(), 1, 2), equipment);
            return;
        }
        referenceType(qualifier).ifPresent(type -> references.add(new CarrierReference(type, value)));
    }

    /**
     * Adds the container a number names; a wrong number is reported once per message, where it is first
     * met (an RFF EQ and the EQD of the same box are one mistake).
     */
    private void collectContainer(String written, String where, Set<ContainerNumber> equipment) {
        EquipmentNumber number = EquipmentNumber.read(written);
        if (number.container() != null) {
            equipment.add(number.container());
        }
        if (number.problem() != null && reportedNumbers.add(written.strip())) {
            failures.add(new ParseFailure(where, number.problem()));
        }
    }

    /** Reference qualifiers (data element 1153) that name a shipment the way Harbormaster matches it. */
    private static Optional<ReferenceType> referenceType(String qualifier) {
        return Optional.ofNullable(switch (qualifier) {
            case "BN" -> ReferenceType.BOOKING;
            case "BM" -> ReferenceType.MASTER_BILL_OF_LADING;
            case "BH" -> ReferenceType.HOUSE_BILL_OF_LADING;
            case "CU", "CR" -> ReferenceType.CUSTOMER_REFERENCE;
            case "ON", "CO" -> ReferenceType.PURCHASE_ORDER;
            default -> null;
        });
    }

    private void finishStatus() {
        if (status == null) {
            return;
        }
        StatusGroup done = status;
        status = null;
        Subject subject = subjectOf(done);
        statusEvent(done, subject);
        for (StatusGroup.RoutePoint point : done.route) {
            routeEvents(point, subject);
        }
    }

    /**
     * What the status is about, shared by its own event and its route's. A status that names equipment
     * never borrows the message's, even when its own number cannot be read: that would be another box.
     */
    private record Subject(List<ContainerNumber> equipment, List<CarrierReference> references, boolean empty) {
    }

    private Subject subjectOf(StatusGroup group) {
        Set<ContainerNumber> equipment = group.namesEquipment ? group.equipment
                : group.namesReferencedEquipment ? group.referencedEquipment : messageEquipment;
        Set<CarrierReference> references = new LinkedHashSet<>(group.references);
        references.addAll(messageReferences);
        return new Subject(List.copyOf(equipment), List.copyOf(references), group.empty);
    }

    private void statusEvent(StatusGroup group, Subject subject) {
        EdifactSegment sts = group.sts;
        String code = sts.component(2, 1);
        if (code.isEmpty()) {
            failures.add(new ParseFailure(sts.where(message.reference(), 2), "the status has no status code "
                    + "(component 01), so it says nothing about what happened"));
            return;
        }
        if (group.eventDate == null) {
            failures.add(new ParseFailure(sts.where(message.reference()), "status '" + code
                    + "' has no event date: a DTM with qualifier 334 must follow it"));
            return;
        }
        Place place = place(group.statusLocation);
        Optional<Instant> time = instant(group.eventDate, place);
        if (time.isEmpty()) {
            return;
        }
        String agency = sts.component(2, 3);
        MilestoneType type = codes.find(code, agency).map(IftstaStatusCodes.StatusCode::milestone).orElse(null);
        Conveyance conveyance = group.conveyance;
        String key = EventKeys.ofContent(FORMAT, context.source().sender(), code, agency, identity(subject),
                place.code(), time.get(), TimeKind.ACTUAL);
        events.add(new MilestoneEvent(key, type, code, TimeKind.ACTUAL, time.get(), place.code(), place.name(),
                conveyance.mode(), subject.equipment(), subject.references(), conveyance.vesselName(),
                conveyance.vesselImo(), conveyance.voyage(), subject.empty(), context.source(), reportedAt,
                context.receivedAt(), context.messageId()));
    }

    private void routeEvents(StatusGroup.RoutePoint point, Subject subject) {
        Place place = place(point.loc());
        for (EdifactSegment dtm : point.dates()) {
            Optional<RouteTime> routeTime = RouteTime.of(dtm.component(1, 1));
            if (routeTime.isEmpty()) {
                continue;
            }
            Optional<Instant> time = instant(dtm, place);
            if (time.isEmpty()) {
                continue;
            }
            RouteTime meaning = routeTime.get();
            String sourceCode = "LOC" + point.loc().value(1) + "/DTM" + meaning.qualifier();
            String key = EventKeys.ofContent(FORMAT, context.source().sender(), sourceCode, identity(subject),
                    place.code(), time.get(), meaning.kind());
            events.add(new MilestoneEvent(key, meaning.milestone(), sourceCode, meaning.kind(), time.get(),
                    place.code(), place.name(), null, subject.equipment(), subject.references(), null, null, null,
                    subject.empty(), context.source(), reportedAt, context.receivedAt(), context.messageId()));
        }
    }

    /** The containers, or without any the references: what makes two events about the same thing. */
    private static String identity(Subject subject) {
        if (!subject.equipment().isEmpty()) {
            return subject.equipment().stream().map(ContainerNumber::value).sorted().collect(Collectors.joining(","));
        }
        return subject.references().stream().map(r -> r.type() + ":" + r.value()).sorted()
                .collect(Collectors.joining(","));
    }

    /**
     * A place named by a LOC segment: its UN/LOCODE (element 02, component 01) and its name (component 04).
     * {@code unreadable} marks a code that was given but is not a UN/LOCODE, already reported.
     */
    private record Place(UnLocode code, String name, boolean unreadable) {
        static final Place NONE = new Place(null, null, false);
    }

    private Place place(EdifactSegment loc) {
        if (loc == null) {
            return Place.NONE;
        }
        String code = loc.component(2, 1);
        Parsed<UnLocode> locode = UnLocode.parse(code);
        String name = placeName(loc.component(2, 4), locode.value().map(UnLocode::countryCode).orElse(""));
        if (code.isEmpty()) {
            return new Place(null, name, false);
        }
        if (locode.value().isPresent()) {
            return new Place(locode.value().get(), name, false);
        }
        ParseFailure failure = new ParseFailure(loc.where(message.reference(), 2, 1),
                "'" + code + "': " + locode.problem().orElseThrow());
        if (!failures.contains(failure)) {
            failures.add(failure);
        }
        return new Place(null, name, true);
    }

    /**
     * The location name without the empty parts and trailing country code some senders pad it with:
     * {@code APM TERMINALS ELIZABETH, , US} is {@code APM TERMINALS ELIZABETH}.
     */
    private static String placeName(String written, String countryCode) {
        List<String> parts = new ArrayList<>();
        for (String part : written.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.size() > 1 && parts.get(parts.size() - 1).equalsIgnoreCase(countryCode)) {
            parts.remove(parts.size() - 1);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The instant of a DTM, local times placed in the zone of the LOC they belong to. */
    private Optional<Instant> instant(EdifactSegment dtm, Place place) {
        Parsed<EdifactDateTime> date = EdifactDateTime.parse(dtm.component(1, 2), dtm.component(1, 3));
        if (date.value().isEmpty()) {
            failures.add(new ParseFailure(dtm.where(message.reference(), 1, 2), date.problem().orElseThrow()));
            return Optional.empty();
        }
        EdifactDateTime time = date.value().get();
        if (time.isLocal() && place.code() == null) {
            if (!place.unreadable()) {
                failures.add(new ParseFailure(dtm.where(message.reference(), 1, 2), "'" + dtm.component(1, 2)
                        + "' is a local time (format " + formatOf(dtm) + ") and no UN/LOCODE says where: "
                        + "send a LOC with a UN/LOCODE, or the time with its zone (format 303)"));
            }
            return Optional.empty();
        }
        return Optional.of(time.at(time.isLocal() ? place.code().zone() : null));
    }

    private static String formatOf(EdifactSegment dtm) {
        String format = dtm.component(1, 3);
        return format.isEmpty() ? "none given" : format;
    }

    /** One STS and what follows it, gathered until the next STS, CNI or UNT. */
    private final class StatusGroup {

        /** A place on the route (a LOC under the TDT) and the times given for it. */
        private record RoutePoint(EdifactSegment loc, List<EdifactSegment> dates) {
        }

        private enum Part { STATUS, CONVEYANCE, ROUTE, EQUIPMENT }

        private final EdifactSegment sts;
        private final Set<CarrierReference> references = new LinkedHashSet<>();
        private final Set<ContainerNumber> referencedEquipment = new LinkedHashSet<>();
        private final Set<ContainerNumber> equipment = new LinkedHashSet<>();
        private final List<RoutePoint> route = new ArrayList<>();
        private EdifactSegment eventDate;
        private EdifactSegment statusLocation;
        private Conveyance conveyance = Conveyance.NONE;
        private boolean namesEquipment;
        private boolean namesReferencedEquipment;
        private boolean empty;
        private Part part = Part.STATUS;

        StatusGroup(EdifactSegment sts) {
            this.sts = sts;
        }

        void add(EdifactSegment segment) {
            switch (segment.tag()) {
                case "RFF" -> {
                    if (part == Part.STATUS) {
                        namesReferencedEquipment |= segment.component(1, 1).equals("EQ");
                        readReference(segment, references, referencedEquipment);
                    }
                }
                case "DTM" -> addDate(segment);
                case "LOC" -> addLocation(segment);
                case "TDT" -> {
                    if (part == Part.STATUS || conveyance == Conveyance.NONE) {
                        conveyance = Conveyance.of(segment);
                    }
                    part = Part.CONVEYANCE;
                }
                case "EQD" -> addEquipment(segment);
                default -> {
                    // documents, parties, free text, measures, seals, goods: not needed for a milestone
                }
            }
        }

        private void addDate(EdifactSegment dtm) {
            if (part == Part.STATUS && eventDate == null && dtm.component(1, 1).equals("334")) {
                eventDate = dtm;
            } else if (part == Part.ROUTE) {
                route.get(route.size() - 1).dates().add(dtm);
            }
        }

        private void addLocation(EdifactSegment loc) {
            if (part == Part.STATUS) {
                if (statusLocation == null) {
                    statusLocation = loc;
                }
            } else if (part == Part.CONVEYANCE || part == Part.ROUTE) {
                route.add(new RoutePoint(loc, new ArrayList<>()));
                part = Part.ROUTE;
            }
        }

        /** Containers only (qualifier CN): trailers, rail cars and chassis are not tracked as equipment. */
        private void addEquipment(EdifactSegment eqd) {
            part = Part.EQUIPMENT;
            if (!eqd.value(1).equals("CN")) {
                return;
            }
            namesEquipment = true;
            collectContainer(eqd.component(2, 1), eqd.where(message.reference(), 2), equipment);
            if (eqd.value(6).equals("4")) {
                empty = true;
            }
        }
    }
}

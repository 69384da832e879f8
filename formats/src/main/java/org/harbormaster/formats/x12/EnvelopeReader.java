package org.harbormaster.formats.x12;

import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.identity.Parsed;

/**
 * Walks StAEDI's event stream through the envelopes (ISA/IEA interchanges, GS/GE groups, ST/SE transaction
 * sets), collects each 315's segments and hands them to the {@link StatusTransactionReader}. StAEDI checks the
 * envelopes itself (trailer counts, control numbers, ISA/GS dates and codes); this class turns what it
 * reports into failures that name the interchange, group, transaction, segment and element, and adds the
 * checks StAEDI cannot know: a 315 travels in a QO group, and only 315s are read.
 *
 * <p>A transaction set yields its events once its end is seen, even when a trailer count is wrong (the
 * segments are self-delimiting, the failure quarantines the message for review); one cut off by an
 * unreadable stream yields none.
 */
final class EnvelopeReader {

    static final String OCEAN_STATUS_GROUP = "QO";
    static final String OCEAN_STATUS = "315";

    private final StatusTransactionReader transactions;
    private final MessageContext context;
    private final Failures failures;
    private final List<MilestoneEvent> events = new ArrayList<>();
    private final List<ElementError> pendingErrors = new ArrayList<>();

    private X12Place place = X12Place.START;
    private Segment interchangeHeader;
    private Segment groupHeader;
    private int groupsInInterchange;
    private int transactionsInGroup;
    private OpenTransaction transaction;
    private SegmentBuilder segment;

    EnvelopeReader(StatusTransactionReader transactions, MessageContext context, Failures failures) {
        this.transactions = transactions;
        this.context = context;
        this.failures = failures;
    }

    List<MilestoneEvent> read(EDIStreamReader reader) {
        while (true) {
            EDIStreamEvent event;
            try {
                if (!reader.hasNext()) {
                    break;
                }
                event = reader.next();
            } catch (Exception e) {
                unreadable(reader, e);
                break;
            }
            handle(event, reader);
        }
        if (transaction != null && transaction.ended) {
            finishTransaction();
        }
        return events;
    }

    private void handle(EDIStreamEvent event, EDIStreamReader reader) {
        Location location = reader.getLocation();
        switch (event) {
            case START_INTERCHANGE -> startInterchange();
            case START_SEGMENT -> segment = new SegmentBuilder(reader.getText(), location.getSegmentPosition(),
                    componentSeparator(reader));
            case START_COMPOSITE, END_COMPOSITE, ELEMENT_DATA, END_SEGMENT -> {
                if (segment != null) {
                    insideSegment(event, reader, location);
                }
            }
            case END_TRANSACTION -> finishTransaction();
            case END_GROUP -> endGroup();
            case SEGMENT_ERROR -> segmentError(reader.getErrorType(), textOf(reader), location);
            case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(reader.getErrorType(), textOf(reader),
                    location);
            default -> {
                // START_GROUP, START_TRANSACTION, END_INTERCHANGE, loops: the segments carry what is needed
            }
        }
    }

    private void insideSegment(EDIStreamEvent event, EDIStreamReader reader, Location location) {
        switch (event) {
            case START_COMPOSITE -> segment.startComposite(location);
            case END_COMPOSITE -> segment.endComposite(location);
            case ELEMENT_DATA -> segment.element(location, reader.getText());
            default -> endSegment();
        }
    }

    private void startInterchange() {
        place = X12Place.START;
        interchangeHeader = null;
        groupHeader = null;
        groupsInInterchange = 0;
    }

    private void endSegment() {
        Segment read = segment.build();
        segment = null;
        if (read.tag().equals("ST")) {
            openTransaction(read);
        }
        Segment numbered = transaction == null ? read
                : read.renumbered(read.number() - transaction.startsAt + 1, true);
        switch (numbered.tag()) {
            case "ISA" -> {
                interchangeHeader = numbered;
                place = X12Place.START.inInterchange(numbered.element(13));
            }
            case "GS" -> openGroup(numbered);
            case "ST", "GE", "IEA" -> {
                // checked by StAEDI; ST opened above
            }
            case "SE" -> {
                if (transaction != null) {
                    transaction.ended = true;
                }
            }
            default -> {
                if (transaction != null) {
                    transaction.segments.add(numbered);
                }
            }
        }
        reportElementErrors(numbered);
    }

    private void openGroup(Segment gs) {
        groupHeader = gs;
        groupsInInterchange++;
        transactionsInGroup = 0;
        place = place.inGroup(gs.element(6));
        boolean stAediFlaggedIt = pendingErrors.stream().anyMatch(error -> error.element() == 1);
        if (!gs.element(1).equals(OCEAN_STATUS_GROUP) && !stAediFlaggedIt) {
            failures.add(place.at(gs, 1), "functional group '" + gs.element(1) + "' is not " + OCEAN_STATUS_GROUP
                    + " (ocean shipment status), the group a 315 travels in");
        }
    }

    private void openTransaction(Segment st) {
        if (transaction != null) {
            finishTransaction();
        }
        transactionsInGroup++;
        place = place.inTransaction(st.element(2));
        boolean oceanStatus = st.element(1).equals(OCEAN_STATUS);
        transaction = new OpenTransaction(st.element(2), st.number(), !oceanStatus);
        if (!oceanStatus) {
            failures.add(place.at(st.renumbered(1, true), 1), "transaction set " + st.element(1)
                    + " is not a 315 (Status Details, Ocean); it is skipped");
        }
    }

    private void finishTransaction() {
        if (transaction == null) {
            return;
        }
        if (!transaction.skipped) {
            events.addAll(transactions.read(transaction.segments, envelope(), failures));
        }
        transaction = null;
        place = place.inGroup(place.group());
    }

    private void endGroup() {
        groupHeader = null;
        place = place.inInterchange(place.interchange());
    }

    private Envelope envelope() {
        return new Envelope(place, new EventSource(EventFormat.X12_315, sender()), reportedAt(), context);
    }

    /** The inbox's name for the sender; without one, the application sender (GS02) or interchange sender (ISA06). */
    private String sender() {
        if (context.sender() != null && !context.sender().isBlank()) {
            return context.sender();
        }
        if (groupHeader != null && groupHeader.has(2)) {
            return groupHeader.element(2);
        }
        return interchangeHeader == null ? null : interchangeHeader.element(6);
    }

    /**
     * When the sender built the group (GS04/GS05), else the interchange (ISA09/ISA10). X12 gives no zone for
     * either; it is the sender's clock, unknown here, so the time is read as UTC. Within one sender the
     * order of messages, which is what reportedAt decides, is unaffected.
     */
    private Instant reportedAt() {
        if (groupHeader != null) {
            Instant groupTime = utc(X12Times.date(groupHeader.element(4)), X12Times.time(groupHeader.element(5)));
            if (groupTime != null) {
                return groupTime;
            }
        }
        if (interchangeHeader != null) {
            return utc(X12Times.shortDate(interchangeHeader.element(9)), X12Times.time(interchangeHeader.element(10)));
        }
        return null;
    }

    private static Instant utc(Parsed<LocalDate> date, Parsed<LocalTime> time) {
        if (!date.isValid() || !time.isValid()) {
            return null;
        }
        return date.orElseThrow().atTime(time.orElseThrow()).toInstant(ZoneOffset.UTC);
    }

    private void elementError(EDIStreamValidationError type, String text, Location location) {
        ElementError error = new ElementError(type, text, location.getElementPosition());
        if (segment != null) {
            // The rest of the segment (ISA13, GS06, ST02) is needed to say where: report at its end.
            pendingErrors.add(error);
        } else {
            failures.add(at(String.valueOf(location.getSegmentTag()), location.getSegmentPosition()) + ", element "
                    + X12Place.elementNumber(error.element()), describe(type) + quoted(text));
        }
    }

    private void reportElementErrors(Segment where) {
        for (ElementError error : pendingErrors) {
            failures.add(place.at(where, error.element()), reason(error, where));
        }
        pendingErrors.clear();
    }

    private void segmentError(EDIStreamValidationError type, String tag, Location location) {
        if (type == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING) {
            failures.add(place.describe(), "segment " + tag + " is missing before segment "
                    + location.getSegmentTag());
            return;
        }
        String outside = transaction == null ? " (it stands outside any ST..SE transaction set)" : "";
        failures.add(at(tag, location.getSegmentPosition()), describe(type) + outside);
    }

    /** A segment StAEDI names by its position in the interchange, numbered within the open transaction set. */
    private String at(String tag, int interchangePosition) {
        return transaction == null ? place.at(tag, interchangePosition, false)
                : place.at(tag, interchangePosition - transaction.startsAt + 1, true);
    }

    private void unreadable(EDIStreamReader reader, Exception e) {
        Location location = reader.getLocation();
        String tag = location == null ? null : location.getSegmentTag();
        String where = tag == null ? place.describe() : at(tag, location.getSegmentPosition());
        failures.add(where, "the message cannot be read from here on: " + e.getMessage());
        if (transaction != null && !transaction.ended) {
            transaction = null;
        }
    }

    private String reason(ElementError error, Segment where) {
        String value = error.text();
        String element = where.tag() + X12Place.elementNumber(error.element());
        return switch (error.type()) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> actualCount(where, element, value);
            case CONTROL_REFERENCE_MISMATCH -> element + " '" + value + "' does not match " + openingNumber(where);
            case INVALID_DATE -> "'" + value + "' is not a date " + (where.tag().equals("ISA") ? "YYMMDD" : "CCYYMMDD");
            case INVALID_TIME -> "'" + value + "' is not a time HHMM";
            case INVALID_CODE_VALUE -> "'" + value + "' is not a code " + element + " allows";
            default -> describe(error.type()) + quoted(value);
        };
    }

    private String actualCount(Segment trailer, String element, String stated) {
        return switch (trailer.tag()) {
            case "SE" -> element + " counts " + stated + " segments; the transaction set has " + trailer.number()
                    + " (ST and SE included)";
            case "GE" -> element + " counts " + stated + " transaction sets; the group has " + transactionsInGroup;
            case "IEA" -> element + " counts " + stated + " functional groups; the interchange has "
                    + groupsInInterchange;
            default -> element + " '" + stated + "' does not match the count";
        };
    }

    private String openingNumber(Segment trailer) {
        return switch (trailer.tag()) {
            case "SE" -> "ST02 '" + (transaction == null ? "" : transaction.controlNumber) + "'";
            case "GE" -> "GS06 '" + (groupHeader == null ? "" : groupHeader.element(6)) + "'";
            case "IEA" -> "ISA13 '" + (interchangeHeader == null ? "" : interchangeHeader.element(13)) + "'";
            default -> "its header";
        };
    }

    private static String describe(EDIStreamValidationError type) {
        String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String quoted(String value) {
        return value == null || value.isEmpty() ? "" : ": '" + value + "'";
    }

    private static String textOf(EDIStreamReader reader) {
        try {
            return reader.getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static char componentSeparator(EDIStreamReader reader) {
        Character separator = reader.getDelimiters().get(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT);
        return separator == null ? '>' : separator;
    }

    private record ElementError(EDIStreamValidationError type, String text, int element) {
    }

    private static final class OpenTransaction {
        final String controlNumber;
        final int startsAt;
        final boolean skipped;
        final List<Segment> segments = new ArrayList<>();
        boolean ended;

        OpenTransaction(String controlNumber, int startsAt, boolean skipped) {
            this.controlNumber = controlNumber;
            this.startsAt = startsAt;
            this.skipped = skipped;
        }
    }

    /** The elements of the segment being read; a composite's components are joined with the separator. */
    private static final class SegmentBuilder {
        private final String tag;
        private final int position;
        private final char componentSeparator;
        private final List<String> elements = new ArrayList<>();
        private StringBuilder composite;
        private int components;
        private boolean repeated;

        SegmentBuilder(String tag, int position, char componentSeparator) {
            this.tag = tag;
            this.position = position;
            this.componentSeparator = componentSeparator;
        }

        void startComposite(Location location) {
            composite = new StringBuilder();
            components = 0;
            repeated = location.getElementOccurrence() > 1;
        }

        void endComposite(Location location) {
            if (composite != null && !repeated) {
                put(location.getElementPosition(), composite.toString());
            }
            composite = null;
            repeated = false;
        }

        /** Repeated elements (ISA11 repetition separator, 5010 and later) keep their first occurrence. */
        void element(Location location, String text) {
            if (location.getElementOccurrence() > 1 || repeated) {
                return;
            }
            if (composite != null) {
                if (components++ > 0) {
                    composite.append(componentSeparator);
                }
                composite.append(text);
                return;
            }
            put(location.getElementPosition(), text);
        }

        private void put(int position, String text) {
            if (position < 1) {
                return;
            }
            while (elements.size() < position) {
                elements.add("");
            }
            elements.set(position - 1, text == null ? "" : text);
        }

        Segment build() {
            return new Segment(tag, position, false, elements);
        }
    }
}

package org.harbormaster.formats.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harbormaster.formats.events.ParseFailure;

/**
 * Reads an EDIFACT interchange with StAEDI into its messages, and checks the envelope on the way: the
 * segment count in each UNT, the message count in UNZ, and that UNT closes the message UNH opened. Only
 * the envelope is validated here (StAEDI ships no message directories); the body is interpreted by the
 * reader of each message type.
 */
final class InterchangeReader {

    /** What an interchange held: its complete messages, and what was wrong with its envelope. */
    record Interchange(List<EdifactMessage> messages, List<ParseFailure> failures) {
    }

    private final List<EdifactMessage> messages = new ArrayList<>();
    private final List<ParseFailure> failures = new ArrayList<>();
    private final List<EdifactSegment> messageSegments = new ArrayList<>();
    private boolean inMessage;
    private String messageReference = "";
    private String messageType = "";
    private SegmentBuilder segment;
    private int segmentsSeen;

    private InterchangeReader() {
    }

    static Interchange read(byte[] message) {
        InterchangeReader reader = new InterchangeReader();
        reader.readAll(message);
        return new Interchange(List.copyOf(reader.messages), List.copyOf(reader.failures));
    }

    private void readAll(byte[] bytes) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                handle(reader, reader.next());
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            stopReading(e);
        }
        if (inMessage) {
            failures.add(new ParseFailure("message " + messageReference,
                    "ends without its UNT trailer: the message was cut off, so none of its events are read"));
        }
        if (messages.isEmpty() && failures.isEmpty()) {
            failures.add(new ParseFailure("interchange", "holds no message (no UNH segment)"));
        }
    }

    private void handle(EDIStreamReader reader, EDIStreamEvent event) {
        switch (event) {
            case START_TRANSACTION -> {
                inMessage = true;
                messageSegments.clear();
                messageReference = "";
                messageType = "";
            }
            case START_SEGMENT -> {
                segmentsSeen++;
                segment = new SegmentBuilder(reader.getText(), inMessage ? messageSegments.size() + 1 : segmentsSeen);
            }
            case ELEMENT_DATA -> addData(reader);
            case END_SEGMENT -> endSegment();
            case END_TRANSACTION -> {
                messages.add(new EdifactMessage(messageReference, messageType, messageSegments));
                inMessage = false;
            }
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> envelopeError(reader);
            default -> {
                // interchange and group boundaries, composites and loops carry nothing more to keep
            }
        }
    }

    private void addData(EDIStreamReader reader) {
        Location location = reader.getLocation();
        if (segment == null || location.getElementOccurrence() > 1) {
            return; // a repeated element (syntax 4): the first occurrence is the one the message means
        }
        segment.put(location.getElementPosition(), location.getComponentPosition(), reader.getText());
    }

    private void endSegment() {
        if (segment == null) {
            return;
        }
        EdifactSegment done = segment.build();
        segment = null;
        if (!inMessage) {
            return;
        }
        messageSegments.add(done);
        if (done.is("UNH")) {
            messageReference = done.value(1);
            messageType = done.component(2, 1);
        }
    }

    private void envelopeError(EDIStreamReader reader) {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String tag = location.getSegmentTag();
        int element = location.getElementPosition();
        String text = reader.hasText() ? reader.getText() : "";
        if (error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH && "UNZ".equals(tag)) {
            return; // tolerated: see docs/mappings/iftsta.md, "Envelope"
        }
        String where = placeOf(tag, element, location.getComponentPosition());
        failures.add(new ParseFailure(where, explain(error, tag, element, text)));
    }

    private String placeOf(String tag, int element, int component) {
        int position = inMessage ? messageSegments.size() + 1 : segmentsSeen;
        String where = (inMessage ? "message " + messageReference + ", " : "interchange, ") + "segment " + tag
                + " (segment #" + position + ")";
        if (element > 0) {
            where += String.format(Locale.ROOT, ", element %02d", element);
        }
        if (component > 0) {
            where += String.format(Locale.ROOT, ", component %02d", component);
        }
        return where;
    }

    private String explain(EDIStreamValidationError error, String tag, int element, String text) {
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "UNT".equals(tag)) {
            return "UNT says the message has " + text + " segments, but it has " + (messageSegments.size() + 1)
                    + " (UNH to UNT): a segment was lost or added";
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "UNZ".equals(tag)) {
            return "UNZ says the interchange has " + text + " messages, but it has " + messages.size();
        }
        if (error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH && "UNT".equals(tag)) {
            return "UNT closes message '" + text + "', but UNH opened message '" + messageReference + "'";
        }
        String problem = error == null ? "an error" : error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "envelope problem: " + problem + (text.isEmpty() ? "" : " in '" + text + "'")
                + (element > 0 ? "" : " (segment " + tag + ")");
    }

    private void stopReading(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (segmentsSeen == 0) {
            failures.add(new ParseFailure("interchange", "is not an EDIFACT interchange: it must start with UNA or UNB ("
                    + detail + ")"));
            return;
        }
        String tag = segment == null ? "after segment" : segment.tag;
        failures.add(new ParseFailure(placeOf(tag, 0, 0), "cannot be read any further: " + detail));
    }

    /** Collects a segment's elements as StAEDI reports them, element and component positions from 1. */
    private static final class SegmentBuilder {
        private final String tag;
        private final int position;
        private final List<List<String>> elements = new ArrayList<>();

        SegmentBuilder(String tag, int position) {
            this.tag = tag == null ? "" : tag;
            this.position = position;
        }

        void put(int element, int component, String text) {
            if (element < 1) {
                return;
            }
            while (elements.size() < element) {
                elements.add(new ArrayList<>());
            }
            List<String> components = elements.get(element - 1);
            int index = Math.max(component, 1);
            while (components.size() < index) {
                components.add("");
            }
            components.set(index - 1, text == null ? "" : text);
        }

        EdifactSegment build() {
            return new EdifactSegment(tag, position, elements);
        }
    }
}

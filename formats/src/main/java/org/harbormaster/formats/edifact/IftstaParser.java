package org.harbormaster.formats.edifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Reads a UN/EDIFACT interchange of IFTSTA international multimodal status reports into milestone events.
 * The envelope is checked (UNT segment counts, UNZ message count, UNH/UNT references); the mapping of status
 * codes, places and times is described in {@code docs/mappings/iftsta.md}.
 */
public final class IftstaParser implements EventMessageParser {

    private final IftstaStatusCodes codes;

    public IftstaParser() {
        this.codes = IftstaStatusCodes.standard();
    }

    @Override
    public EventFormat format() {
        return EventFormat.IFTSTA;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        Objects.requireNonNull(context, "context");
        if (message == null || message.length == 0) {
            return ParseOutcome.failed("interchange", "is empty");
        }
        try {
            InterchangeReader.Interchange interchange = InterchangeReader.read(message);
            Map<String, MilestoneEvent> events = new LinkedHashMap<>();
            List<ParseFailure> failures = new ArrayList<>(interchange.failures());
            for (EdifactMessage edifact : interchange.messages()) {
                IftstaEventReader read = IftstaEventReader.read(edifact, context, codes);
                read.events().forEach(event -> events.putIfAbsent(event.eventKey(), event));
                failures.addAll(read.failures());
            }
            return new ParseOutcome(List.copyOf(events.values()), failures);
        } catch (RuntimeException e) {
            return ParseOutcome.failed("interchange", "could not be read: " + e);
        }
    }
}

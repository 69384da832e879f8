package org.harbormaster.formats.dcsa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads DCSA Track &amp; Trace messages: the {@code GET /events} response and the subscription callback body
 * (both a JSON array of events), or a single event ({@code GET /events/{eventID}}), in the T&amp;T 2.2 flat
 * shape or the T&amp;T 3.0 {@code metadata}/{@code payload} shape, mixed freely. Codes become milestones
 * through {@code dcsa-milestones.csv}; an unknown code keeps its event without a milestone. Problems are
 * reported as failures at JSONPaths such as {@code $[2].eventDateTime}; nothing a message contains makes
 * this parser throw.
 */
public final class DcsaEventParser implements EventMessageParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String ROOT = JsonPlace.ROOT.toString();
    private static final String EXPECTED = "expected a JSON array of DCSA events, or one event";

    private final DcsaMilestoneTable milestones;

    public DcsaEventParser() {
        this(DcsaMilestoneTable.standard());
    }

    DcsaEventParser(DcsaMilestoneTable milestones) {
        this.milestones = milestones;
    }

    @Override
    public EventFormat format() {
        return EventFormat.DCSA;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        if (message == null || message.length == 0) {
            return ParseOutcome.failed(ROOT, "the message is empty: " + EXPECTED);
        }
        JsonNode root;
        try {
            root = JSON.readTree(message);
        } catch (JacksonException e) {
            return ParseOutcome.failed(ROOT, notWellFormed(e));
        }
        if (root == null || root.isMissingNode()) {
            return ParseOutcome.failed(ROOT, "the message is empty: " + EXPECTED);
        }
        List<MilestoneEvent> events = new ArrayList<>();
        List<ParseFailure> failures = new ArrayList<>();
        DcsaEventReader reader = new DcsaEventReader(milestones, context, failures);
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                read(reader, root.get(i), JsonPlace.ROOT.index(i), failures).ifPresent(events::add);
            }
        } else if (root.isObject()) {
            read(reader, root, JsonPlace.ROOT, failures).ifPresent(events::add);
        } else {
            failures.add(new ParseFailure(ROOT, EXPECTED + ", got " + JsonFields.describe(root)));
        }
        return new ParseOutcome(events, failures);
    }

    /** A defect of ours in one event must not lose the message's other events, nor escape to the inbox. */
    private static Optional<MilestoneEvent> read(DcsaEventReader reader, JsonNode node, JsonPlace place,
                                                 List<ParseFailure> failures) {
        try {
            return reader.read(node, place);
        } catch (RuntimeException e) {
            failures.add(new ParseFailure(place.toString(), "unexpected problem reading this event: " + e));
            return Optional.empty();
        }
    }

    private static String notWellFormed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String detail = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return "not well-formed JSON" + where + ": " + detail;
    }
}

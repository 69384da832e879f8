package org.harbormaster.server.inbox;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.EventMessageParser;

/**
 * The formats the inbox accepts, by the name they have in URLs and on the command line ({@code dcsa},
 * {@code x12-315}, {@code iftsta}, {@code csv}), each with the parser that reads it.
 */
public class InboundFormats {

    private final Map<EventFormat, EventMessageParser> parsers = new EnumMap<>(EventFormat.class);

    public InboundFormats(List<EventMessageParser> parsers) {
        for (EventMessageParser parser : parsers) {
            EventMessageParser before = this.parsers.put(parser.format(), parser);
            if (before != null) {
                throw new IllegalStateException("two parsers for " + parser.format() + ": "
                        + before.getClass().getName() + " and " + parser.getClass().getName());
            }
        }
    }

    /** The name a format has in {@code /api/v1/inbound/{format}} and {@code ingest --format}. */
    public static String nameOf(EventFormat format) {
        return format == EventFormat.X12_315 ? "x12-315" : format.name().toLowerCase(Locale.ROOT);
    }

    /** The format a name stands for, if a parser reads it. */
    public Optional<EventFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return parsers.keySet().stream().filter(f -> nameOf(f).equals(wanted)).findFirst();
    }

    public Optional<EventMessageParser> parser(EventFormat format) {
        return Optional.ofNullable(parsers.get(format));
    }

    /** The names of the formats accepted, for messages that say which are. */
    public List<String> names() {
        return Collections.unmodifiableList(parsers.keySet().stream().map(InboundFormats::nameOf).toList());
    }
}

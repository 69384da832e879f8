package org.harbormaster.formats.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Reads ANSI X12 315 (Status Details, Ocean, version 4010) files into milestone events, with StAEDI doing the
 * tokenizing and the envelope checks. A file may hold several interchanges, each several QO groups, each
 * several 315 transaction sets; every 315 reports one status (B4) and restates the route's port times
 * (R4/DTM). What each status code means is data: {@code x12-315-status-codes.csv}. The rules are written
 * down in {@code docs/mappings/x12-315.md}.
 *
 * <p>Real files are not always clean: segments one per line and files wrapped at 80 columns are read (StAEDI
 * skips line breaks that are not delimiters), any single-character segment terminator works (the ellipsis
 * too), a UTF-8 byte order mark is dropped, a file that is not UTF-8 is read as ISO 8859-1, and an ISA whose
 * padding was trimmed is reported in X12 terms instead of StAEDI's.
 */
public final class X12StatusParser implements EventMessageParser {

    private final StatusTransactionReader transactions;
    private final EDIInputFactory factory;

    public X12StatusParser() {
        this.transactions = new StatusTransactionReader(StatusCodeTable.standard(),
                new LocationReader(CityLocations::standard));
        this.factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    @Override
    public EventFormat format() {
        return EventFormat.X12_315;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        if (message == null || message.length == 0) {
            return ParseOutcome.failed("the message", "the message is empty");
        }
        byte[] bytes = withoutByteOrderMark(message);
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        Optional<InterchangeHeader.Problem> header = InterchangeHeader.check(new String(bytes, charset));
        if (header.isPresent()) {
            X12Place place = X12Place.START.inInterchange(header.get().controlNumber());
            return ParseOutcome.failed(place.at("ISA", 1, false), header.get().reason());
        }
        Failures failures = new Failures();
        List<MilestoneEvent> events = read(bytes, charset, context, failures);
        return new ParseOutcome(events, failures.list());
    }

    private List<MilestoneEvent> read(byte[] bytes, Charset charset, MessageContext context, Failures failures) {
        EDIStreamReader reader;
        try {
            reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes), charset.name());
        } catch (EDIStreamException e) {
            failures.add("the message", "StAEDI cannot open the message: " + e.getMessage());
            return List.of();
        }
        try {
            return new EnvelopeReader(transactions, context, failures).read(reader);
        } finally {
            closeQuietly(reader);
        }
    }

    private static void closeQuietly(EDIStreamReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // a reader over a byte array holds nothing that could leak
        }
    }

    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean marked = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return marked ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

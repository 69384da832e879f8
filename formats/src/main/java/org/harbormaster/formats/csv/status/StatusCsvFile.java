package org.harbormaster.formats.csv.status;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * A status spreadsheet saved as CSV, read whole: UTF-8 (with or without a byte-order mark) or, when the
 * bytes are not UTF-8, Windows-1252 as Excel saves it; comma-, semicolon- or tab-separated, whichever the
 * header row uses most. Rows are numbered as a spreadsheet shows them, the header being row 1.
 */
final class StatusCsvFile {

    /** One row below the header, with its spreadsheet number. */
    record Row(int number, List<String> cells) {

        String cell(int position) {
            return position < 0 || position >= cells.size() ? "" : cells.get(position).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<String> header;
    private final List<Row> rows;
    private final ParseFailure unreadable;

    /** Reads one row into an event, adding a failure per bad cell; empty when the row yields none. */
    interface RowReader {
        Optional<MilestoneEvent> read(Row row, List<ParseFailure> failures);
    }

    /**
     * Every non-blank row read by {@code rowReader}, after the header's problems (which, if any, stop the
     * reading) and followed by the failure of a file that could not be read to its end.
     */
    ParseOutcome read(List<ParseFailure> headerProblems, RowReader rowReader) {
        if (!headerProblems.isEmpty()) {
            return new ParseOutcome(List.of(), headerProblems);
        }
        List<MilestoneEvent> events = new ArrayList<>();
        List<ParseFailure> failures = new ArrayList<>();
        for (Row row : rows) {
            if (!row.isBlank()) {
                rowReader.read(row, failures).ifPresent(events::add);
            }
        }
        if (unreadable != null) {
            failures.add(unreadable);
        }
        return new ParseOutcome(events, failures);
    }

    private StatusCsvFile(List<String> header, List<Row> rows, ParseFailure unreadable) {
        this.header = header;
        this.rows = rows;
        this.unreadable = unreadable;
    }

    static StatusCsvFile read(byte[] bytes) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        long lastRecord = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                header = records.next().toList();
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRecord = record.getRecordNumber();
                rows.add(new Row((int) lastRecord, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            return new StatusCsvFile(header, rows, new ParseFailure("row " + (lastRecord + 1),
                    "the file cannot be read from here on (" + detail + "); is a quote left open?"));
        }
        return new StatusCsvFile(header, rows, null);
    }

    /** The header cells as written (without the byte-order mark), for failures and for matching. */
    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** The failure that stopped reading part-way, or null when the whole file was read. */
    ParseFailure unreadable() {
        return unreadable;
    }

    /**
     * How a header is matched whatever way it was typed: lower case, letters and digits only, so
     * {@code Container No.}, {@code container_no} and {@code CONTAINER-NO} are one column.
     */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        header.codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> key.appendCodePoint(Character.toLowerCase(c)));
        return key.toString();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator the header row uses most, outside quotes: European Excel saves with ';'. */
    private static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}

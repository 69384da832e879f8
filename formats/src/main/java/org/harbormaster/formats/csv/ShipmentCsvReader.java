package org.harbormaster.formats.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the shipment import CSV (see {@link ShipmentCsvLayout}): one row per shipment, its plan drafted
 * from the row's template. Never throws for what a file contains: every bad cell of every row, and any
 * problem of the file itself, comes back as a {@link CsvProblem}. Comma-separated, or semicolon-separated
 * as European spreadsheets save it; the header row decides which.
 */
public final class ShipmentCsvReader {

    private static final int HEADER_PEEK_LIMIT = 1 << 16;

    /**
     * Reads every row. Shipments get random ids and are booked at the clock's current instant.
     * The reader is consumed but not closed.
     */
    public ShipmentCsvResult read(Reader in, Clock clock) {
        Objects.requireNonNull(in, "in");
        Instant now = clock.instant();
        BufferedReader buffered = in instanceof BufferedReader already ? already : new BufferedReader(in, 1 << 16);
        FileReading reading = new FileReading(now);
        try {
            skipByteOrderMark(buffered);
            CSVParser parser = format(delimiterOf(buffered)).parse(buffered);
            reading.readAll(parser.iterator());
        } catch (IOException | UncheckedIOException e) {
            reading.stopAtUnreadableRow(e);
        }
        return new ShipmentCsvResult(reading.rows, reading.problems, reading.rowsRead);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
    }

    /** Excel starts UTF-8 files with a byte-order mark; left in, it would stick to the first header. */
    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** ';' when the header row has more semicolons than commas outside quotes, else ','. */
    private static char delimiterOf(BufferedReader in) throws IOException {
        in.mark(HEADER_PEEK_LIMIT);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int read = 0, c = in.read(); c >= 0 && read < HEADER_PEEK_LIMIT - 1; read++, c = in.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** The state of reading one file: what was built, what was wrong, and which references were used where. */
    private static final class FileReading {
        private final Instant now;
        private final List<ImportedRow> rows = new ArrayList<>();
        private final List<CsvProblem> problems = new ArrayList<>();
        private final Map<String, Integer> rowOfReference = new HashMap<>();
        private final RepeatedValues repeated = new RepeatedValues();
        private int rowsRead;
        private int lastRow;

        FileReading(Instant now) {
            this.now = now;
        }

        void readAll(Iterator<CSVRecord> records) {
            if (!records.hasNext()) {
                problems.add(CsvProblem.ofFile(null, "the file is empty: it needs a header row naming the columns"));
                return;
            }
            CSVRecord headerRecord = records.next();
            lastRow = 1;
            HeaderRow header = HeaderRow.of(headerRecord);
            problems.addAll(header.problems());
            if (!header.hasRequiredColumns()) {
                return;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = (int) record.getRecordNumber();
                if (!isBlank(record)) {
                    rowsRead++;
                    readRow(lastRow, record, header);
                }
            }
        }

        private void readRow(int row, CSVRecord record, HeaderRow header) {
            String[] written = new String[ShipmentColumn.values().length];
            List<CsvProblem> strayCells = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                ShipmentColumn column = header.columnAt(i);
                if (column != null) {
                    written[column.ordinal()] = record.get(i);
                } else if (!header.isNamed(i) && !record.get(i).isBlank()) {
                    strayCells.add(new CsvProblem(row, null, record.get(i), i < header.width()
                            ? "cell " + (i + 1) + " has no column header, so its value cannot be read"
                            : "the row has more cells than the header has columns: a value containing the separator "
                                    + "must be put in double quotes"));
                }
            }
            RowCells cells = new RowCells(written);
            List<CsvProblem> rowProblems = new ArrayList<>();
            usedEarlier(row, cells).ifPresent(rowProblems::add);
            ShipmentRowReader.Outcome outcome = new ShipmentRowReader(row, cells, now, repeated).read();
            rowProblems.addAll(outcome.problems());
            rowProblems.addAll(strayCells);
            if (rowProblems.isEmpty()) {
                rows.add(new ImportedRow(row, outcome.shipment()));
            } else {
                problems.addAll(rowProblems);
            }
        }

        /** A reference is the operators' handle on a shipment: the second row to claim one is wrong. */
        private Optional<CsvProblem> usedEarlier(int row, RowCells cells) {
            String reference = cells.text(ShipmentColumn.REFERENCE);
            if (reference == null) {
                return Optional.empty();
            }
            Integer earlier = rowOfReference.putIfAbsent(reference.toUpperCase(Locale.ROOT), row);
            return earlier == null ? Optional.empty() : Optional.of(new CsvProblem(row,
                    ShipmentColumn.REFERENCE.header(), cells.written(ShipmentColumn.REFERENCE),
                    "reference " + reference + " already used on row " + earlier));
        }

        void stopAtUnreadableRow(Exception e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            problems.add(new CsvProblem(lastRow + 1, null, null, "cannot be read as CSV (" + cause.getMessage()
                    + "); this row and the rest of the file were not read. A quote '\"' that opens a cell must close it"));
        }

        private static boolean isBlank(CSVRecord record) {
            for (String cell : record) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}

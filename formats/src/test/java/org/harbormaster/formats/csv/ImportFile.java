package org.harbormaster.formats.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Test data: an import file of layout-header and rows, written as a spreadsheet would save it. */
final class ImportFile {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final List<ShipmentRow> rows = new ArrayList<>();

    static ImportFile withRows(ShipmentRow... rows) {
        ImportFile file = new ImportFile();
        file.rows.addAll(List.of(rows));
        return file;
    }

    ImportFile and(ShipmentRow row) {
        rows.add(row);
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(ShipmentCsvLayout.columns().stream().map(ShipmentColumn::header).toList());
            for (ShipmentRow row : rows) {
                printer.printRecord(row.cells().values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    ShipmentCsvResult read() {
        return read(text());
    }

    static ShipmentCsvResult read(String csv) {
        return new ShipmentCsvReader().read(new StringReader(csv), CLOCK);
    }
}

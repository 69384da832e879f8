package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadingALargeFileTest {

    private static final int ROWS = 10_000;
    private static final int BAD_ROW = 5_001;

    @Test
    void ten_thousand_rows_with_one_bad_container_report_exactly_that_row_and_book_the_rest() {
        String file = generatedFile();
        ImportFile.read(ShipmentCsvLayout.template()); // loads the UN/LOCODE list and warms up, as a server would be

        long start = System.nanoTime();
        ShipmentCsvResult result = ImportFile.read(file);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.getLogger(ReadingALargeFileTest.class.getName()).log(System.Logger.Level.INFO, String.format(Locale.ROOT, "read %,d rows in %.3f s: %,.0f rows/s", ROWS, seconds, ROWS / seconds));
        assertThat(result.rowsRead()).isEqualTo(ROWS);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(BAD_ROW);
            assertThat(problem.column()).isEqualTo("containers");
        });
        assertThat(result.rows()).hasSize(ROWS - 1);
        assertThat(result.rows()).extracting(ImportedRow::rowNumber).doesNotContain(BAD_ROW);
        assertThat(seconds).isLessThan(10);
    }

    /** Rows of every template in turn, each with its own reference; the spreadsheet's row 5,001 is broken. */
    private static String generatedFile() {
        ShipmentRow[] kinds = {ShipmentRow.fclImportToDoor(), ShipmentRow.fclImportRailToDoor(),
                ShipmentRow.fclExportDoorToPort(), ShipmentRow.lclViaCfs(), ShipmentRow.airDoorToDoor()};
        ImportFile file = ImportFile.withRows();
        for (int i = 0; i < ROWS; i++) {
            int spreadsheetRow = i + 2;
            ShipmentRow row = spreadsheetRow == BAD_ROW
                    ? ShipmentRow.fclImportToDoor().with("containers", "CSQU3054384 42G1")
                    : copyOf(kinds[i % kinds.length]);
            row.with("reference", "HM-GEN-" + spreadsheetRow);
            file.and(row);
        }
        return file.text();
    }

    private static ShipmentRow copyOf(ShipmentRow original) {
        ShipmentRow copy = ShipmentRow.fclImportToDoor();
        original.cells().forEach(copy::with);
        return copy;
    }
}

package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.harbormaster.shipment.Mode;
import org.junit.jupiter.api.Test;

/** The template operators start from, and the docs that describe it, stay true to the reader. */
class HandingOutTheLayoutTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path EXAMPLE_FILE = DOCS.resolve("examples/shipments.csv");

    @Test
    void template_has_a_header_and_three_bookings_that_read_back_without_a_problem() {
        ShipmentCsvResult result = ImportFile.read(ShipmentCsvLayout.template());

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(row -> row.shipment().details().mode())
                .containsExactly(Mode.OCEAN_FCL, Mode.AIR, Mode.OCEAN_LCL);
        assertThat(ShipmentCsvLayout.template()).startsWith(ShipmentCsvLayout.header() + "\n");
    }

    @Test
    void header_lists_every_column_in_layout_order() {
        assertThat(ShipmentCsvLayout.header().split(",")).containsExactly(
                Arrays.stream(ShipmentColumn.values()).map(ShipmentColumn::header).toArray(String[]::new));
        assertThat(ShipmentCsvLayout.columns()).filteredOn(ShipmentColumn::isRequired)
                .extracting(ShipmentColumn::header).containsExactly("reference", "customer_code", "template",
                        "direction", "origin", "destination", "departure", "arrival", "region");
    }

    @Test
    void example_file_in_the_docs_is_the_template_and_reads_back_without_a_problem() throws IOException {
        if (Boolean.getBoolean("harbormaster.regenerateDocs")) {
            Files.writeString(EXAMPLE_FILE, ShipmentCsvLayout.template(), StandardCharsets.UTF_8);
        }
        String example = Files.readString(EXAMPLE_FILE, StandardCharsets.UTF_8);

        assertThat(example)
                .as("docs/examples/shipments.csv is ShipmentCsvLayout.template(); rerun with -Dharbormaster.regenerateDocs=true")
                .isEqualTo(ShipmentCsvLayout.template());
        ShipmentCsvResult result = ImportFile.read(example);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
    }

    @Test
    void docs_table_lists_every_column_in_order_and_marks_the_required_ones() throws IOException {
        List<String[]> tableRows = Files.readAllLines(DOCS.resolve("import-shipments-csv.md"), StandardCharsets.UTF_8)
                .stream().filter(line -> line.startsWith("| `")).map(line -> line.split("\\|")).toList();

        assertThat(tableRows).extracting(cells -> cells[1].strip().replace("`", ""))
                .containsExactly(Arrays.stream(ShipmentColumn.values()).map(ShipmentColumn::header).toArray(String[]::new));
        assertThat(tableRows).filteredOn(cells -> cells[2].strip().equals("yes"))
                .extracting(cells -> cells[1].strip().replace("`", ""))
                .containsExactlyElementsOf(ShipmentCsvLayout.columns().stream().filter(ShipmentColumn::isRequired)
                        .map(ShipmentColumn::header).toList());
    }
}

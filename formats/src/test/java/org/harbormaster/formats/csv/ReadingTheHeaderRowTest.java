package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReadingTheHeaderRowTest {

    private static final String FIRST_ROW = ShipmentCsvLayout.exampleRows().get(0);

    @Test
    void headers_typed_as_people_type_them_are_the_layout_columns() {
        String header = ShipmentCsvLayout.header()
                .replace("customer_code", "Customer Code")
                .replace("customer_name", "customer-name")
                .replace("weight_kg", "WEIGHT_KG")
                .replace("destination_door_postal_code", " Destination Door Postal-Code ");

        ShipmentCsvResult result = ImportFile.read("\uFEFF" + header + "\r\n" + FIRST_ROW + "\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.shipment().details().customer().code()).isEqualTo("ACME01");
            assertThat(row.shipment().details().customer().name()).isEqualTo("Acme Home Goods");
        });
    }

    @Test
    void byte_order_mark_before_the_first_header_is_ignored() {
        ShipmentCsvResult result = ImportFile.read("\uFEFF" + ShipmentCsvLayout.template());

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
    }

    @Test
    void quoted_headers_after_a_byte_order_mark_are_read_too() {
        String quoted = Arrays.stream(ShipmentCsvLayout.header().split(","))
                .map(header -> '"' + header + '"').collect(Collectors.joining(","));

        ShipmentCsvResult result = ImportFile.read("\uFEFF" + quoted + "\n" + FIRST_ROW + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void columns_may_come_in_any_order_and_optional_ones_may_be_left_out() {
        String file = "region,arrival,departure,destination,origin,direction,template,customer_code,reference,"
                + "containers,destination_door_street,destination_door_city,destination_door_country,"
                + "destination_door_locode\n"
                + "AMERICAS,2026-12-15,2026-12-01,USLGB,CNYTN,IMPORT,FCL_IMPORT_PORT_TO_DOOR,ACME01,HM-1,"
                + "CSQU3054383 42G1,1200 Industry Way,Ontario,US,USONT\n";

        ShipmentCsvResult result = ImportFile.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement()
                .satisfies(row -> assertThat(row.shipment().reference()).isEqualTo("HM-1"));
    }

    @Test
    void unknown_column_is_a_file_problem_naming_it_and_suggesting_the_likely_one() {
        String header = ShipmentCsvLayout.header() + ",Weight Lbs,wieght_kg";

        ShipmentCsvResult result = ImportFile.read(header + "\n" + FIRST_ROW + ",1,2\n");

        assertThat(result.problems()).extracting(CsvProblem::row).containsOnly(0);
        assertThat(result.problems()).extracting(CsvProblem::column).containsOnlyNulls();
        assertThat(result.problems()).extracting(CsvProblem::reason).containsExactly(
                "unknown column 'Weight Lbs': see the layout for the known columns",
                "unknown column 'wieght_kg': did you mean weight_kg?");
        assertThat(result.hasProblems()).isTrue();
    }

    @Test
    void missing_required_column_is_a_file_problem_and_no_row_is_read() {
        String header = ShipmentCsvLayout.header().replace(",region,", ",area,");

        ShipmentCsvResult result = ImportFile.read(header + "\n" + FIRST_ROW + "\n");

        assertThat(result.problems()).extracting(CsvProblem::reason).contains(
                "required column region is missing from the header row");
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.isFileLevel()).isTrue());
        assertThat(result.rows()).isEmpty();
        assertThat(result.rowsRead()).isZero();
    }

    @Test
    void column_given_twice_is_a_file_problem() {
        String header = ShipmentCsvLayout.header() + ",Customer Code";

        ShipmentCsvResult result = ImportFile.read(header + "\n" + FIRST_ROW + ",X\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.reason()).contains("customer_code appears twice");
        });
    }

    @Test
    void empty_file_needs_a_header() {
        ShipmentCsvResult result = ImportFile.read("");

        assertThat(result.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("needs a header row"));
    }

    @Test
    void semicolon_separated_file_from_a_european_spreadsheet_is_read_too() {
        String comma = ShipmentCsvLayout.template();
        StringBuilder semicolons = new StringBuilder();
        for (String line : comma.split("\n")) {
            CSVRecord record = parse(line);
            semicolons.append(CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                    .format(record.values())).append("\r\n");
        }

        ShipmentCsvResult result = ImportFile.read(semicolons.toString());

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
    }

    private static CSVRecord parse(String line) {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            return parser.getRecords().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

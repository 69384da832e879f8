package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.junit.jupiter.api.Test;

class ReportingBadRowsTest {

    @Test
    void container_with_a_wrong_check_digit_is_named_by_row_and_column_with_the_check_digit_rule() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor(),
                ShipmentRow.fclImportToDoor().with("reference", "HM-T-0099")
                        .with("containers", "CSQU3054383 42G1; MWCU6059785 45G1")).read();

        assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("containers");
            assertThat(problem.value()).isEqualTo("CSQU3054383 42G1; MWCU6059785 45G1");
            assertThat(problem.reason()).contains("MWCU6059785")
                    .contains(ContainerNumber.parse("MWCU6059785").problem().orElseThrow());
        });
    }

    @Test
    void unknown_un_locode_is_reported_with_the_lists_reason() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("destination", "USLJQ")).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("destination");
            assertThat(problem.reason()).isEqualTo(UnLocode.parse("USLJQ").problem().orElseThrow());
        });
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void unknown_size_type_is_reported_on_the_containers_cell() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("containers", "CSQU3054383 99X9")).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("containers");
            assertThat(problem.reason()).isEqualTo(SizeType.parse("99X9").problem().orElseThrow());
        });
    }

    @Test
    void a_row_with_three_bad_cells_reports_all_three_and_not_their_consequences() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("origin", "CNXXX").with("containers", "CSQU3054384 42G1").with("budget", "DRAYAGE 650,00 USD"))
                .read();

        assertThat(result.problems()).extracting(CsvProblem::row).containsOnly(2);
        assertThat(result.problems()).extracting(CsvProblem::column).containsExactly("origin", "containers", "budget");
        assertThat(result.problems().get(2).reason()).contains("use '.' as the decimal point");
        assertThat(result.rowsRead()).isEqualTo(1);
    }

    @Test
    void empty_required_cells_are_each_reported() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("customer_code", " ").with("region", "").with("arrival", "")).read();

        assertThat(result.problems()).extracting(CsvProblem::column, CsvProblem::reason).containsExactly(
                tuple("customer_code", "is required"),
                tuple("arrival", "is required"),
                tuple("region", "is required"));
    }

    @Test
    void ambiguous_slashed_date_is_rejected_with_the_iso_spelling() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("departure", "01/02/2026"))
                .read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("departure");
            assertThat(problem.reason()).contains("ambiguous").contains("ISO").contains("2026-02-01");
        });
    }

    @Test
    void a_slashed_date_that_can_only_be_read_one_way_still_asks_for_iso() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("promised_delivery", "12/22/2026")).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("promised_delivery");
            assertThat(problem.reason()).contains("2026-12-22");
        });
    }

    @Test
    void reference_used_twice_in_the_file_is_a_problem_on_the_later_row() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("reference", "HM-7"),
                ShipmentRow.lclViaCfs(), ShipmentRow.airDoorToDoor().with("reference", "hm-7")).read();

        assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2, 3);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("reference");
            assertThat(problem.reason()).isEqualTo("reference hm-7 already used on row 2");
        });
    }

    @Test
    void door_template_without_a_delivery_door_points_at_the_delivery_street() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().withoutDestinationDoor()).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("destination_door_street");
            assertThat(problem.reason()).contains("is required for FCL_IMPORT_PORT_TO_DOOR");
        });
    }

    @Test
    void rail_template_without_a_ramp_points_at_the_inland_ramp() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportRailToDoor().with("inland_ramp", "")).read();

        assertThat(result.problems()).extracting(CsvProblem::column).containsExactly("inland_ramp");
    }

    @Test
    void lcl_without_pieces_and_weight_reports_both_cargo_columns() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.lclViaCfs().with("pieces", "").with("weight_kg", ""))
                .read();

        assertThat(result.problems()).extracting(CsvProblem::column).containsExactly("pieces", "weight_kg");
        assertThat(result.problems().get(0).reason()).isEqualTo("is required for OCEAN_LCL");
    }

    @Test
    void fcl_without_containers_is_reported_on_the_containers_column() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("containers", "")).read();

        assertThat(result.problems()).singleElement().extracting(CsvProblem::column).isEqualTo("containers");
    }

    @Test
    void ocean_paperwork_on_an_air_shipment_lands_on_its_own_columns() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.airDoorToDoor()
                .with("master_bl", "MAEU260123456").with("containers", "CSQU3054383 42G1").with("vessel", "EMDEN"))
                .read();

        assertThat(result.problems()).extracting(CsvProblem::column)
                .containsExactlyInAnyOrder("vessel", "containers", "master_bl");
    }

    @Test
    void arrival_before_departure_is_reported_on_the_arrival() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("arrival", "2026-11-30"))
                .read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("arrival");
            assertThat(problem.reason()).contains("after the departure");
        });
    }

    @Test
    void bad_ocean_carrier_is_judged_by_the_scac_rules_and_bad_airline_by_iata() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("carrier", "MAEU1"),
                ShipmentRow.airDoorToDoor().with("carrier", "LUFTHANSA")).read();

        assertThat(result.problems()).extracting(CsvProblem::row, CsvProblem::column).containsExactly(
                tuple(2, "carrier"), tuple(3, "carrier"));
        assertThat(result.problems().get(0).reason()).contains("SCAC");
        assertThat(result.problems().get(1).reason()).contains("IATA");
    }

    @Test
    void import_template_booked_as_an_export_is_a_direction_problem() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor().with("direction", "EXPORT")).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("direction");
            assertThat(problem.reason()).contains("import template");
        });
    }

    @Test
    void half_filled_door_asks_for_the_missing_cells_and_a_door_locode_in_another_country_is_caught() {
        ShipmentCsvResult result = ImportFile.withRows(
                ShipmentRow.fclImportToDoor().with("destination_door_city", "").with("destination_door_locode", ""),
                ShipmentRow.fclImportToDoor().with("reference", "HM-T-0042").with("destination_door_locode", "DEMHG"))
                .read();

        assertThat(result.problems()).extracting(CsvProblem::row, CsvProblem::column).containsExactly(
                tuple(2, "destination_door_city"),
                tuple(2, "destination_door_locode"),
                tuple(3, "destination_door_locode"));
        assertThat(result.problems().get(2).reason()).isEqualTo("is in DE but the delivery door is in US");
    }

    @Test
    void bad_budget_line_names_the_line_and_what_is_wrong_with_it() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("budget", "OCEAN_FREIGHT 2450.00 USD; DRAYGE 650 USD; DRAYAGE -5 USD; INSURANCE 10 XYZ")).read();

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("budget");
            assertThat(problem.reason()).contains("'DRAYGE 650 USD': unknown cost category")
                    .contains("cannot be negative").contains("'XYZ' is not an ISO 4217 currency");
        });
    }

    @Test
    void cell_beyond_the_header_is_reported_and_an_unclosed_quote_stops_the_reading_with_its_row() {
        String header = ShipmentCsvLayout.header();
        String good = ShipmentCsvLayout.exampleRows().get(0);
        ShipmentCsvResult result = ImportFile.read(header + "\n" + good + ",surprise\n"
                + ShipmentCsvLayout.exampleRows().get(1) + "\n\"HM-9,oops\n");

        assertThat(result.problems()).extracting(CsvProblem::row).containsExactly(2, 4);
        assertThat(result.problems().get(0).reason()).contains("more cells than the header");
        assertThat(result.problems().get(1).reason()).contains("not read");
        assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(3);
    }
}

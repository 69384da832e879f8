package org.harbormaster.server.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.harbormaster.formats.csv.CsvProblem;
import org.harbormaster.formats.csv.SampleShipmentFile;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShipmentImportTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    ShipmentImport importer;

    @Autowired
    ShipmentRepository shipments;

    @Test
    void ten_thousand_rows_with_one_bad_row_report_exactly_that_row_and_import_nothing() {
        String csv = SampleShipmentFile.csv("TENK", 10_000, 5_001);
        long before = shipments.count();

        ShipmentImport.Report report = importer.run(new StringReader(csv), false, false);

        assertThat(report.rowsRead()).isEqualTo(10_000);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(5_001);
            assertThat(problem.column()).isEqualTo("containers");
            assertThat(problem.reason()).contains("check digit");
        });
        assertThat(report.imported()).isZero();
        assertThat(shipments.count()).isEqualTo(before);
    }

    @Test
    void skipping_bad_rows_imports_the_rest_in_seconds() {
        String csv = SampleShipmentFile.csv("SKIP", 10_000, 7);
        long before = shipments.count();

        long started = System.nanoTime();
        ShipmentImport.Report report = importer.run(new StringReader(csv), false, true);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(report.imported()).isEqualTo(9_999);
        assertThat(report.rejectedRows()).isEqualTo(1);
        assertThat(shipments.count()).isEqualTo(before + 9_999);
        assertThat(shipments.findByReference("SKIP-6")).as("row 8 holds SKIP-6").isPresent();
        assertThat(shipments.findByReference("SKIP-5")).as("row 7 was bad").isEmpty();
        assertThat(seconds).as("10,000 rows import in seconds").isLessThan(60);
        System.getLogger(ShipmentImportTest.class.getName()).log(System.Logger.Level.INFO, String.format(java.util.Locale.ROOT, "import of 9,999 rows: %.2f s, %.0f rows/s", seconds, 9_999 / seconds));
    }

    @Test
    void a_dry_run_stores_nothing_and_a_second_import_of_the_same_file_names_the_taken_references() {
        String csv = SampleShipmentFile.csv("TWICE", 3, 0);

        ShipmentImport.Report dry = importer.run(new StringReader(csv), true, false);
        assertThat(dry.clean()).isTrue();
        assertThat(shipments.findByReference("TWICE-0")).isEmpty();

        assertThat(importer.run(new StringReader(csv), false, false).imported()).isEqualTo(3);
        ShipmentImport.Report again = importer.run(new StringReader(csv), false, false);
        assertThat(again.imported()).isZero();
        assertThat(again.problems()).extracting(CsvProblem::row).containsExactly(2, 3, 4);
        assertThat(again.problems()).extracting(CsvProblem::column).containsOnly("reference");
    }

    @Test
    void the_import_endpoint_answers_bad_rows_with_problem_json_naming_row_and_column() {
        String csv = SampleShipmentFile.csv("HTTP", 4, 3).replaceFirst(",CNYTN,USLGB,", ",CNYTN,USQXJ,");
        ApiClient.Reply reply = admin().header("Content-Type", "text/csv").postRaw("/api/v1/shipments/import", csv);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").valueStream()
                .map(e -> e.path("row").asInt() + ":" + e.path("column").asString()).toList())
                .containsExactlyInAnyOrder("2:destination", "3:containers");
        assertThat(reply.json().path("imported").asInt()).isZero();
    }
}

package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The B4 status code table is data; every code the shared 315 reference lists must be in it. */
class X12StatusCodeMappingTest {

    private static final String REFERENCE = "X12_315_STRUCTURE_AND_B4_CODES.md";

    @Test
    void every_status_code_of_the_shared_b4_table_is_mapped() {
        Set<String> documented = codesInSharedTable();

        assertThat(documented).as("codes read from " + REFERENCE).hasSizeGreaterThanOrEqualTo(19)
                .contains("EE", "I", "AE", "VD", "VA", "UV", "AL", "RL", "AR", "UR", "AV", "CT", "CR", "OA", "D", "RD",
                        "C", "E", "AA");
        assertThat(StatusCodeTable.standard().codes()).containsAll(documented);
    }

    @Test
    void the_vessel_and_rail_moves_map_to_the_same_milestones_with_their_mode() {
        StatusCodeTable table = StatusCodeTable.standard();

        assertThat(table.find("VD").flatMap(StatusCode::milestone)).contains(MilestoneType.DEPARTED);
        assertThat(table.find("RL").flatMap(StatusCode::milestone)).contains(MilestoneType.DEPARTED);
        assertThat(table.find("UV").flatMap(StatusCode::milestone)).contains(MilestoneType.DISCHARGED);
        assertThat(table.find("ur").flatMap(StatusCode::milestone)).contains(MilestoneType.DISCHARGED);
        assertThat(table.find("E").flatMap(StatusCode::milestone)).as("an ETA delay is a notice").isEmpty();
    }

    static Stream<String> mappedCodes() {
        return StatusCodeTable.standard().codes().stream();
    }

    @ParameterizedTest(name = "B4-03 {0}")
    @MethodSource("mappedCodes")
    void a_315_with_each_code_reports_the_tables_milestone(String b403) {
        StatusCode code = StatusCodeTable.standard().find(b403).orElseThrow();
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***" + code.code() + "*20260327*1140*USLGB*CSQU*305438**45G1*USLGB*UN*3")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(code.milestone().orElse(null));
            assertThat(event.mode()).isEqualTo(code.mode().orElse(null));
            assertThat(event.empty()).isEqualTo(code.impliesEmpty());
            assertThat(event.sourceCode()).isEqualTo(code.code());
        });
    }

    /** The first column of the table under the "B4-03 shipment status codes" heading; "C / E" is two codes. */
    private static Set<String> codesInSharedTable() {
        List<String> lines = X12SharedSamples.text(REFERENCE).lines().toList();
        Set<String> codes = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.contains("B4-03");
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("| Code") || line.startsWith("|---")) {
                continue;
            }
            String firstCell = line.substring(1, line.indexOf('|', 1)).strip();
            for (String code : firstCell.split("/")) {
                codes.add(code.strip());
            }
        }
        return codes;
    }
}

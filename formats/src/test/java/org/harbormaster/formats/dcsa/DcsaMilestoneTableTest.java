package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.harbormaster.formats.dcsa.DcsaMilestoneTable.EventCode;
import org.harbormaster.formats.dcsa.DcsaMilestoneTable.Row;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code-to-milestone table covers every DCSA code there is, and says what the trade means by each. */
class DcsaMilestoneTableTest {

    private static final Path SPECS = DcsaMessages.SPECIFICATIONS;
    private final DcsaMilestoneTable table = DcsaMilestoneTable.standard();

    @ParameterizedTest(name = "{1} codes of {0}")
    @CsvSource({
            "DCSA-Information-Model_equipmenteventtypecodes.csv, EQUIPMENT",
            "DCSA-Information-Model_transporteventtypecodes.csv, TRANSPORT",
            "DCSA-OpenAPI_ovs_v3_transporteventtypecodes-v300.csv, TRANSPORT",
            "DCSA-OpenAPI_ovs_v3_portcallstatuscodes-v300.csv, PORT_CALL"})
    void every_code_of_the_dcsa_code_tables_is_in_the_milestone_table(String codeTable, String eventType) {
        Set<String> codes = firstColumn(SPECS.resolve(codeTable));

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(table.rows())
                .as("%s %s from %s", eventType, code, codeTable)
                .anyMatch(row -> row.eventType().equals(eventType) && row.code().equals(code)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "tnt_v2.2.0_bundled.yaml, shipmentEventTypeCode, SHIPMENT",
            "tnt_v2.2.0_bundled.yaml, transportEventTypeCode, TRANSPORT",
            "tnt_v2.2.0_bundled.yaml, equipmentEventTypeCode, EQUIPMENT",
            "domain/event_domain_v3.1.0.yaml, shipmentEventTypeCode, SHIPMENT",
            "domain/event_domain_v3.1.0.yaml, transportEventTypeCode, TRANSPORT",
            "domain/event_domain_v3.1.0.yaml, equipmentEventTypeCode, EQUIPMENT",
            "domain/event_domain_v3.1.0.yaml, reeferEventTypeCode, REEFER",
            "domain/event_domain_v3.1.0.yaml, iotEventTypeCode, IOT"})
    void every_code_the_specifications_enumerate_is_in_the_milestone_table(String specification, String field,
                                                                           String eventType) {
        Set<String> codes = enumValues(SPECS.resolve(specification), field);

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(table.rows())
                .as("%s %s from %s", eventType, code, specification)
                .anyMatch(row -> row.eventType().equals(eventType) && row.code().equals(code)));
    }

    @Test
    void no_two_rows_say_different_things_about_the_same_event() {
        List<String> keys = table.rows().stream()
                .map(row -> String.join("|", row.eventType(), row.code(), String.valueOf(row.emptyIndicator()),
                        String.valueOf(row.mode()), String.valueOf(row.documentType())))
                .toList();

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.note()).as(row.code()).isNotBlank());
    }

    @ParameterizedTest(name = "{0} {1} {2} by {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "TRANSPORT, DEPA, -, VESSEL, DEPARTED",
            "TRANSPORT, ARRI, -, VESSEL, ARRIVED",
            "TRANSPORT, DEPA, -, RAIL, DEPARTED",
            "TRANSPORT, ARRI, -, TRUCK, ARRIVED",
            "TRANSPORT, ARRI, -, -, ARRIVED",
            "EQUIPMENT, LOAD, LADEN, VESSEL, LOADED",
            "EQUIPMENT, DISC, LADEN, VESSEL, DISCHARGED",
            "EQUIPMENT, GTIN, LADEN, -, GATE_IN",
            "EQUIPMENT, GTIN, EMPTY, -, EMPTY_RETURNED",
            "EQUIPMENT, GTOT, LADEN, -, GATE_OUT",
            "EQUIPMENT, STUF, LADEN, -, STUFFED",
            "EQUIPMENT, STRP, LADEN, -, STRIPPED",
            "EQUIPMENT, PICK, LADEN, TRUCK, PICKED_UP",
            "EQUIPMENT, DROP, LADEN, TRUCK, DELIVERED",
            "EQUIPMENT, AVPU, LADEN, -, AVAILABLE_FOR_PICKUP",
            "EQUIPMENT, CUSR, LADEN, -, CUSTOMS_RELEASED"})
    void moves_of_transport_and_equipment_report_their_milestones(String eventType, String code,
                                                                   String emptyIndicator, String mode,
                                                                   MilestoneType expected) {
        assertThat(table.milestoneFor(new EventCode(eventType, code, emptyIndicator, mode, null))).contains(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "EQUIPMENT, GTOT, EMPTY",
            "EQUIPMENT, GTIN, -",
            "EQUIPMENT, PICK, EMPTY",
            "EQUIPMENT, DROP, EMPTY",
            "EQUIPMENT, HOLD, LADEN",
            "EQUIPMENT, INSP, LADEN",
            "EQUIPMENT, CUSI, LADEN"})
    void empty_moves_holds_and_inspections_report_no_milestone(String eventType, String code, String emptyIndicator) {
        Optional<Row> row = table.rowFor(new EventCode(eventType, code, emptyIndicator, null, null));

        assertThat(row).as("the code is known").hasValueSatisfying(known -> assertThat(known.milestone()).isNull());
    }

    @Test
    void a_release_is_a_customs_release_only_when_the_released_document_is_a_customs_one() {
        assertThat(table.milestoneFor(new EventCode("SHIPMENT", "RELS", null, null, "CUS")))
                .contains(MilestoneType.CUSTOMS_RELEASED);
        assertThat(table.milestoneFor(new EventCode("SHIPMENT", "RELS", null, null, "CUC")))
                .contains(MilestoneType.CUSTOMS_RELEASED);
        assertThat(table.rowFor(new EventCode("SHIPMENT", "RELS", null, null, "SRM")))
                .hasValueSatisfying(row -> assertThat(row.milestone()).isNull());
    }

    @Test
    void document_workflow_codes_report_no_milestone() {
        assertThat(table.rows()).filteredOn(row -> row.eventType().equals("SHIPMENT") && row.documentType() == null)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.milestone()).as(row.code()).isNull());
    }

    @Test
    void a_code_dcsa_does_not_define_is_unknown_to_the_table() {
        assertThat(table.rowFor(new EventCode("EQUIPMENT", "XRAY", "LADEN", null, null))).isEmpty();
    }

    private static Set<String> firstColumn(Path codeTable) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(codeTable, StandardCharsets.UTF_8))) {
            return parser.stream().map(record -> record.get(0).strip()).filter(code -> !code.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values of every {@code enum:} list under every key named {@code field} in an OpenAPI document,
     * read from its indentation (the documents are plain block YAML).
     */
    static Set<String> enumValues(Path specification, String field) {
        List<String> lines;
        try {
            lines = Files.readAllLines(specification, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(field + ":")) {
                continue;
            }
            int indent = indentOf(lines.get(i));
            for (int j = i + 1; j < lines.size() && (lines.get(j).isBlank() || indentOf(lines.get(j)) > indent); j++) {
                if (lines.get(j).strip().equals("enum:")) {
                    values.addAll(listItems(lines, j + 1));
                }
            }
        }
        return values;
    }

    private static List<String> listItems(List<String> lines, int from) {
        List<String> items = new ArrayList<>();
        for (int k = from; k < lines.size() && lines.get(k).strip().startsWith("- "); k++) {
            items.add(lines.get(k).strip().substring(2).replace("'", "").replace("\"", "").strip());
        }
        return items;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}

package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.csv.ShipmentColumn.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an operator types into one cell of a good row, the reader does not fall over: it books the row,
 * or blames that cell, or a cell the broken rule is about (an arrival no longer after the departure, a
 * hub that is now the origin, the rest of a door that is suddenly half given).
 */
class AnyTextInOneCellPropertiesTest {

    private static final Set<ShipmentColumn> PICK_UP_DOOR = EnumSet.of(ORIGIN_DOOR_STREET, ORIGIN_DOOR_CITY,
            ORIGIN_DOOR_POSTAL_CODE, ORIGIN_DOOR_COUNTRY, ORIGIN_DOOR_LOCODE);
    private static final Set<ShipmentColumn> DELIVERY_DOOR = EnumSet.of(DESTINATION_DOOR_STREET,
            DESTINATION_DOOR_CITY, DESTINATION_DOOR_POSTAL_CODE, DESTINATION_DOOR_COUNTRY, DESTINATION_DOOR_LOCODE);

    @Property(tries = 3000)
    void any_text_in_one_cell_is_booked_or_blamed_on_that_cell_or_the_rule_it_breaks(
            @ForAll("goodRows") ShipmentRow row, @ForAll("columns") ShipmentColumn column,
            @ForAll("cellTexts") String text) {
        row.with(column.header(), text);

        ShipmentCsvResult result = ImportFile.withRows(row).read();

        assertThat(result.rowsRead()).isEqualTo(1);
        Set<String> allowed = mayBlame(column).stream().map(ShipmentColumn::header).collect(Collectors.toSet());
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isIn(allowed);
        });
        assertThat(result.rows().size()).isEqualTo(result.hasProblems() ? 0 : 1);
    }

    private static Set<ShipmentColumn> mayBlame(ShipmentColumn changed) {
        return switch (changed) {
            case TEMPLATE -> EnumSet.allOf(ShipmentColumn.class);
            case ORIGIN -> EnumSet.of(ORIGIN, DESTINATION, TRANSSHIPMENT_PORTS, ARRIVAL);
            case DESTINATION -> EnumSet.of(DESTINATION, TRANSSHIPMENT_PORTS, ARRIVAL);
            case TRANSSHIPMENT_PORTS, DEPARTURE -> EnumSet.of(changed, ARRIVAL);
            default -> PICK_UP_DOOR.contains(changed) ? PICK_UP_DOOR
                    : DELIVERY_DOOR.contains(changed) ? DELIVERY_DOOR : EnumSet.of(changed);
        };
    }

    @Provide
    Arbitrary<ShipmentRow> goodRows() {
        return Arbitraries.of("fcl", "rail", "export", "lcl", "air").map(kind -> switch (kind) {
            case "fcl" -> ShipmentRow.fclImportToDoor();
            case "rail" -> ShipmentRow.fclImportRailToDoor();
            case "export" -> ShipmentRow.fclExportDoorToPort();
            case "lcl" -> ShipmentRow.lclViaCfs();
            default -> ShipmentRow.airDoorToDoor();
        });
    }

    @Provide
    Arbitrary<ShipmentColumn> columns() {
        return Arbitraries.of(ShipmentColumn.class);
    }

    /** Any text at all, and texts that are valid somewhere in the layout, so that cells meet their neighbours. */
    @Provide
    Arbitrary<String> cellTexts() {
        Arbitrary<String> plausible = Arbitraries.of(
                "", " ", "0", "-1", "12", "1,5", "1e400", "99999999999999999999", "12.5.6",
                "CNYTN", "USLGB", "USCHI", "SGSIN", "DEMHG", "USONT", "usjot", "US LGB", "XXXXX",
                "2026-12-01", "2026-12-20 10:00", "2026-12-01T14:00Z", "2026-02-30", "01/02/2026", "2026-12-01 25:00",
                "IMPORT", "EXPORT", "FOB", "DAT", "MAEU", "LH", "IMO 9074729", "9074728",
                "CSQU3054383 42G1", "CSQU3054383", "42G1 CSQU3054383", "CSQU3054383 42G1; CSQU3054383 42G1",
                "020-12345675", "020-12345676", "OCEAN_FREIGHT 10 USD", "DRAYAGE 650 USD; X", "US", "DEU",
                "FCL_IMPORT_PORT_TO_DOOR", "FCL_IMPORT_RAIL_TO_DOOR", "FCL_EXPORT_DOOR_TO_PORT", "LCL_VIA_CFS",
                "AIR_DOOR_TO_DOOR", "\"", "a;b;;c", "\uFEFF", "\r\n", "=SUM(A1:A2)");
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(25);
        return Arbitraries.oneOf(plausible, anything, printable);
    }

    @Property(tries = 300)
    void reading_never_throws_for_any_text_at_all_even_a_broken_file(@ForAll("fileTexts") String file) {
        ShipmentCsvResult result = ImportFile.read(file);

        assertThat(result.rows().size()).isLessThanOrEqualTo(result.rowsRead());
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
    }

    @Provide
    Arbitrary<String> fileTexts() {
        String header = Arrays.stream(ShipmentColumn.values()).map(ShipmentColumn::header)
                .collect(Collectors.joining(","));
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars(",;\"\n\r ab1").ofMaxLength(200).map(tail -> header + "\n" + tail),
                Arbitraries.strings().withChars(",;\"\n\r ab1").ofMaxLength(200)
                        .map(tail -> ShipmentCsvLayout.template() + tail));
    }
}

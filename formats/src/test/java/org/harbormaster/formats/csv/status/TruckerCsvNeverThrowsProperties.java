package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Whatever a trucker's sheet holds, the status CSV parser answers with events and failures placed by row
 * and column, and never throws: random bytes, random CSV-looking text, and any text in one cell of a good
 * row, which then fails that row on that cell (or on its time, when the cell was what placed the time).
 */
class TruckerCsvNeverThrowsProperties {

    private static final List<String> COLUMNS = List.of("container", "status", "event_time", "location", "facility",
            "booking", "bill_of_lading", "estimated", "time_zone", "date_format");
    private static final List<String> GOOD_ROW = List.of("CSQU3054383", "OG", "2026-12-01 14:00", "USLGB", "Pier T",
            "BKG1", "OOLU1", "no", "America/Los_Angeles", "DD/MM/YYYY");

    @Property(tries = 500)
    void random_bytes_never_throw(@ForAll byte[] bytes) {
        assertAnswered(new StatusCsvParser().parse(bytes, TruckerSheet.CONTEXT));
    }

    @Property(tries = 1000)
    void random_csv_looking_text_never_throws(@ForAll("csvText") String text) {
        assertAnswered(new StatusCsvParser().parse(text.getBytes(StandardCharsets.UTF_8), TruckerSheet.CONTEXT));
    }

    @Property(tries = 3000)
    void any_text_in_one_cell_gives_the_event_or_blames_that_cell(@ForAll("columnIndexes") int column,
                                                                  @ForAll("cellTexts") String text) {
        List<String> cells = new ArrayList<>(GOOD_ROW);
        cells.set(column, text);

        ParseOutcome outcome = new StatusCsvParser().parse(sheet(cells).getBytes(StandardCharsets.UTF_8),
                TruckerSheet.CONTEXT);

        assertAnswered(outcome);
        Set<String> blamable = new HashSet<>(List.of("row 2, column " + COLUMNS.get(column), "row 2, column event_time"));
        assertThat(outcome.failures()).allSatisfy(failure -> assertThat(failure.where()).isIn(blamable));
        assertThat(outcome.events().size() + (outcome.hasFailures() ? 1 : 0)).isEqualTo(1);
    }

    private static void assertAnswered(ParseOutcome outcome) {
        assertThat(outcome).isNotNull();
        assertThat(outcome.failures()).allSatisfy(failure -> {
            assertThat(failure.where()).startsWith("row ");
            assertThat(failure.reason()).isNotBlank();
        });
    }

    private static String sheet(List<String> cells) {
        List<String> quoted = cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList();
        return String.join(",", COLUMNS) + "\n" + String.join(",", quoted) + "\n";
    }

    @Provide
    Arbitrary<Integer> columnIndexes() {
        return Arbitraries.integers().between(0, COLUMNS.size() - 1);
    }

    @Provide
    Arbitrary<String> cellTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789/-.: APMZT+").ofMaxLength(20),
                Arbitraries.of("", " ", "03/04/2026 14:00", "12/13/2026 2:00 PM", "2026-02-30 10:00", "CSQU3054384",
                        "US LGB", "EST", "Europe/Nowhere", "yes", "maybe", "MM/DD/YYYY", "\"", "a\nb", ";", "\uFEFF",
                        "0x" + "9".repeat(40), "31 Feb 2026 10:00", "Dec 32, 2026 10:00", "13:00 PM"));
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abcdefgxyz0123456789,;\t\"/:- \uFEFF").ofMaxLength(40);
        Arbitrary<String> header = Arbitraries.of("container,status,event_time", "Container No.;Status;Date/Time",
                "id,container_id,milestone_timestamp,description,location_unlocode,estimated_time_arrival,planned",
                "", "cntr,event");
        return net.jqwik.api.Combinators.combine(header, line.list().ofMaxSize(6))
                .as((first, rest) -> first + "\n" + String.join("\n", rest));
    }
}

package org.harbormaster.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.edifact.IftstaInterchange.anInterchange;
import static org.harbormaster.formats.edifact.IftstaInterchange.loadedAtRotterdam;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Whatever bytes arrive, the parser answers with events and placed failures and never throws: random
 * bytes, a good interchange with a piece cut out or spliced in, and messages built from IFTSTA segments
 * with random element values.
 */
class IftstaNeverThrowsProperties {

    private static final String GOOD = anInterchange().withMessage("P1", loadedAtRotterdam()).text();
    private static final String EDIFACT_CHARACTERS = "+:'?*\n ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-";

    @Property(tries = 500)
    void random_bytes_never_throw(@ForAll byte[] bytes) {
        assertAnswered(new IftstaParser().parse(bytes, IftstaInterchange.CONTEXT));
    }

    @Property(tries = 1500)
    void a_good_interchange_with_a_cut_or_a_splice_never_throws(@ForAll("damaged") String text) {
        assertAnswered(new IftstaParser().parse(text.getBytes(StandardCharsets.ISO_8859_1), IftstaInterchange.CONTEXT));
    }

    @Property(tries = 1500)
    void segments_with_random_values_never_throw(@ForAll("bodies") List<String> body) {
        ParseOutcome outcome = anInterchange().withMessage("R1", body.toArray(String[]::new)).parse();

        assertAnswered(outcome);
    }

    private static void assertAnswered(ParseOutcome outcome) {
        assertThat(outcome).isNotNull();
        assertThat(outcome.failures()).allSatisfy(failure -> {
            assertThat(failure.where()).isNotBlank();
            assertThat(failure.reason()).isNotBlank();
            assertThat(failure.reason()).as("the parser's last-resort catch is for bugs").doesNotStartWith("could not be read");
        });
        assertThat(outcome.events()).allSatisfy(event -> assertThat(event.eventKey()).startsWith("IFTSTA#"));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, GOOD.length());
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
        Arbitrary<String> splice = Arbitraries.strings().withChars(EDIFACT_CHARACTERS).ofMaxLength(30);
        return Combinators.combine(at, length, splice).as((start, cut, inserted) ->
                GOOD.substring(0, start) + inserted + GOOD.substring(Math.min(GOOD.length(), start + cut)));
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-. ").ofMaxLength(18),
                Arbitraries.of("", "334", "132", "133", "178", "186", "137", "203", "303", "102", "205", "304",
                        "202612011400", "202612011400+01", "20261201", "CN", "EQ", "BN", "4", "5", "1", "2",
                        "CSQU3054383", "NLRTM", "USNYC", "48", "74", "P", "HS", "9074729"));
        Arbitrary<String> tag = Arbitraries.of("BGM", "DTM", "RFF", "CNI", "STS", "LOC", "TDT", "EQD", "NAD", "FTX",
                "MEA", "SEL");
        Arbitrary<String> segment = Combinators.combine(tag, value.list().ofMaxSize(4), value.list().ofMaxSize(4))
                .as((name, first, second) -> name + "+" + String.join(":", first) + "+" + String.join(":", second));
        return segment.list().ofMaxSize(20);
    }
}

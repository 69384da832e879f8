package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.context;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Whatever arrives in the X12 inbox, the parser answers with events and placed failures and never throws:
 * random bytes, and a good 315 with random text spliced in or segments dropped and repeated.
 */
class X12AnyInputPropertiesTest {

    private static final X12StatusParser PARSER = new X12StatusParser();
    private static final String GOOD = X12Interchange.from("MAEU").oceanStatusGroup("101",
            oceanStatus("0001", "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3",
                    "N9*BM*MAEU260012345", "N9*EQ*CSQU3054383", "Q2*9321483********612E***L*MAERSK ESSEN",
                    "R4*5*UN*CNYTN*YANTIAN*CN*YICT", "R4*T*UN*SGSIN*SINGAPORE*SG", "DTM*139*20260318*0600*LT",
                    "R4*D*UN*USLGB*LONG BEACH*US", "DTM*139*20260405*0700*LT", "DTM*140*20260405*0700*PT"),
            oceanStatus("0002", "B4***VA*20260327*0600*LONG BEACH*CSQU*305438*L*45G1*LONG BEACH*CI*3")).text();

    @Property(tries = 500)
    void random_bytes_never_make_the_parser_throw(@ForAll @Size(max = 400) byte[] bytes) {
        assertWellFormed(PARSER.parse(bytes, context()));
    }

    @Property(tries = 500)
    void random_bytes_after_a_good_isa_never_make_the_parser_throw(@ForAll @Size(max = 400) byte[] tail) {
        byte[] isa = GOOD.substring(0, InterchangeHeader.LENGTH + 1).getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[isa.length + tail.length];
        System.arraycopy(isa, 0, message, 0, isa.length);
        System.arraycopy(tail, 0, message, isa.length, tail.length);

        assertWellFormed(PARSER.parse(message, context()));
    }

    @Property(tries = 1500)
    void any_text_spliced_into_a_good_315_is_read_or_reported(
            @ForAll @IntRange(max = 10_000) int at, @ForAll @IntRange(max = 12) int removed,
            @ForAll("ediLikeText") String inserted) {
        int start = at % GOOD.length();
        int end = Math.min(GOOD.length(), start + removed);
        String message = GOOD.substring(0, start) + inserted + GOOD.substring(end);

        assertWellFormed(X12Interchange.parse(message));
    }

    @Property(tries = 500)
    void dropping_and_repeating_segments_of_a_good_315_is_read_or_reported(
            @ForAll @IntRange(max = 30) int dropped, @ForAll @IntRange(max = 30) int repeated) {
        List<String> segments = new ArrayList<>(List.of(GOOD.split("(?<=~\n)")));
        String copy = segments.get(repeated % segments.size());
        segments.remove(dropped % segments.size());
        segments.add(Math.min(repeated, segments.size()), copy);

        assertWellFormed(X12Interchange.parse(String.join("", segments)));
    }

    @Provide
    Arbitrary<String> ediLikeText() {
        Arbitrary<String> delimiters = Arbitraries.strings().withChars("*~>^\n\r ").ofMaxLength(4);
        Arbitrary<String> tokens = Arbitraries.of("ISA", "GS", "ST*315*0009", "ST*214*1", "SE*2*0001", "GE*1*101",
                "IEA*1*000000101", "B4***", "R4*D*UN*", "DTM*140*", "N9*EQ*", "Q2*", "20261399", "2599", "\u2026");
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(8);
        return Arbitraries.oneOf(delimiters, tokens, any).list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    private static void assertWellFormed(ParseOutcome outcome) {
        assertThat(outcome.failures()).hasSizeLessThanOrEqualTo(Failures.LIMIT + 1).allSatisfy(failure -> {
            assertThat(failure.where()).isNotBlank();
            assertThat(failure.reason()).isNotBlank();
        });
        assertThat(outcome.events()).allSatisfy(event -> {
            assertThat(event.eventKey()).startsWith("X12_315#");
            assertThat(event.sourceCode()).isNotBlank();
        });
    }
}

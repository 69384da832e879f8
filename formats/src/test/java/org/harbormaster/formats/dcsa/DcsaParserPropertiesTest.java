package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Whatever arrives at the DCSA endpoint, the parser answers with events and failures and never throws, and
 * never needs its safety net for an unexpected problem: every failure is one it meant to report.
 */
class DcsaParserPropertiesTest {

    private static final DcsaEventParser PARSER = new DcsaEventParser();
    private static final String SAMPLE = new String(DcsaMessages.example("tnt-220-response.json"),
            StandardCharsets.UTF_8);

    @Property(tries = 500)
    void any_bytes_at_all_are_read_without_throwing(@ForAll @Size(max = 400) byte[] message) {
        assertReadCleanly(PARSER.parse(message, DcsaMessages.fromCarrier()));
    }

    @Property(tries = 500)
    void any_text_at_all_is_read_without_throwing(@ForAll @Size(max = 300) String message) {
        assertReadCleanly(DcsaMessages.parse(message));
    }

    @Property(tries = 1000)
    void the_sample_with_any_value_replaced_is_read_without_throwing(@ForAll("sampleValues") String original,
                                                                    @ForAll("jsonValues") String replacement) {
        String changed = SAMPLE.replace(original, replacement);

        ParseOutcome outcome = DcsaMessages.parse(changed);

        assertReadCleanly(outcome);
        assertThat(outcome.events().size() + outcome.failures().size()).isPositive();
    }

    @Property(tries = 300)
    void the_sample_cut_short_anywhere_is_read_without_throwing(@ForAll("cuts") int length) {
        assertReadCleanly(DcsaMessages.parse(SAMPLE.substring(0, length)));
    }

    private static void assertReadCleanly(ParseOutcome outcome) {
        assertThat(outcome).isNotNull();
        assertThat(outcome.failures()).extracting(ParseFailure::reason)
                .noneMatch(reason -> reason.startsWith("unexpected problem"));
    }

    /** Values and keys as they appear in the sample, quotes included, so that replacing one changes its type. */
    @Provide
    Arbitrary<String> sampleValues() {
        return Arbitraries.of(List.of(
                "\"3cecb101-7a1a-43a4-9d62-e88a131651e2\"", "\"2021-01-23T12:34:56Z\"", "\"TRANSPORT\"",
                "\"SHIPMENT\"", "\"EQUIPMENT\"", "\"ACT\"", "\"EST\"", "\"2021-01-09T14:12:56+01:00\"",
                "\"2019-11-12T07:41:00+08:30\"", "\"ARRI\"", "\"LOAD\"", "\"DRFT\"", "\"APZU4812090\"", "\"EMPTY\"",
                "\"FRPAR\"", "\"ADT\"", "\"VESSEL\"", "\"9321483\"", "\"King of the Seas\"", "\"2103S\"", "\"2103N\"",
                "\"BKG\"", "\"TRD\"", "\"SHI\"", "\"FF\"", "\"EQ\"", "\"reserved-HHL123\"", "\"ABC123123123\"",
                "{", "}", "[", "]", ":", ",", "\"eventID\"", "\"eventType\"", "\"transportCall\"", "\"vessel\"",
                "\"references\"", "\"documentReferences\"", "\"eventLocation\"", "\"location\""));
    }

    @Provide
    Arbitrary<String> jsonValues() {
        Arbitrary<String> quotedText = Arbitraries.strings().ofMaxLength(20)
                .map(text -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        Arbitrary<String> literals = Arbitraries.of("null", "true", "false", "0", "-1", "1e999",
                "123456789012345678901", "{}", "[]", "[1,2]", "{\"a\":1}", "\"\"", "\" \"", "\"ACT\"", "\"PLN\"",
                "\"GTIN\"", "\"LADEN\"", "\"XYABC\"", "\"APZU2134567\"", "\"2021-02-30T10:00:00Z\"",
                "\"+999999999-12-31T23:59:59Z\"", "\"2021-01-09T14:12:56+18:00\"", "\"RAIL\"", "\"SHIP\"",
                "\"IMO9321483\"", "", "\"metadata\"", "\"payload\"", "{\"payload\": {}}", "\"\\u0000\"");
        Arbitrary<String> raw = Arbitraries.strings().ofMaxLength(10);
        return Arbitraries.oneOf(quotedText, literals, raw);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, SAMPLE.length());
    }
}

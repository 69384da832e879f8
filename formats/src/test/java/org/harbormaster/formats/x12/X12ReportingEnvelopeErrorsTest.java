package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;
import static org.harbormaster.formats.x12.X12Interchange.transactionSet;

import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** StAEDI checks the envelopes; each problem is reported with its interchange, group, transaction and segment. */
class X12ReportingEnvelopeErrorsTest {

    private static final String LOADED = "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3";

    @Test
    void a_wrong_se_segment_count_is_reported_at_se01_and_the_status_still_read() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                oceanStatus("0001", LOADED, "N9*BM*MAEU260012345").statingSegmentCount(5)).parse();

        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0001, "
                + "segment SE (segment #4), element 01: SE01 counts 5 segments; the transaction set has 4 "
                + "(ST and SE included)");
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    void an_se02_that_does_not_match_st02_is_reported() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text()
                .replace("SE*3*0001", "SE*3*0009");

        ParseOutcome outcome = X12Interchange.parse(text);

        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0001, "
                + "segment SE (segment #3), element 02: SE02 '0009' does not match ST02 '0001'");
    }

    @Test
    void a_wrong_ge_count_and_a_wrong_iea_control_number_are_reported_at_their_trailers() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text()
                .replace("GE*1*101", "GE*2*101").replace("IEA*1*000000101", "IEA*1*000000999");

        ParseOutcome outcome = X12Interchange.parse(text);

        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "interchange 000000101 group 101, segment GE (segment #6 of the interchange), element 01: "
                        + "GE01 counts 2 transaction sets; the group has 1",
                "interchange 000000101, segment IEA (segment #7 of the interchange), element 02: "
                        + "IEA02 '000000999' does not match ISA13 '000000101'");
    }

    @Test
    void a_missing_se_is_reported_on_its_transaction() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text()
                .replace("SE*3*0001~\n", "");

        ParseOutcome outcome = X12Interchange.parse(text);

        assertThat(outcome.failures()).extracting(ParseFailure::toString).contains(
                "interchange 000000101 group 101 transaction 0001: segment SE is missing before segment GE");
    }

    @Test
    void a_214_inside_a_315_file_is_rejected_with_its_place_and_the_315_still_read() {
        ParseOutcome outcome = X12Interchange.from("MAEU")
                .oceanStatusGroup("101", oceanStatus("0001", LOADED))
                .group("QM", "102", transactionSet("214", "0001", "B10*0542550913*7727019*MAEU",
                        "LX*1", "AT7*X1*NS***20260310*1159*LT"))
                .parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(MilestoneType.LOADED);
        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "interchange 000000101 group 102, segment GS (segment #7 of the interchange), element 01: "
                        + "functional group 'QM' is not QO (ocean shipment status), the group a 315 travels in",
                "interchange 000000101 group 102 transaction 0001, segment ST (segment #1), element 01: "
                        + "transaction set 214 is not a 315 (Status Details, Ocean); it is skipped");
    }

    @Test
    void a_214_in_a_qo_group_is_rejected_too() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                transactionSet("214", "0001", "B10*0542550913*7727019*MAEU"), oceanStatus("0002", LOADED)).parse();

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).singleElement().extracting(ParseFailure::where)
                .isEqualTo("interchange 000000101 group 101 transaction 0001, segment ST (segment #1), element 01");
    }

    @Test
    void an_unpadded_isa_is_reported_by_its_length_instead_of_failing() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text()
                .replaceFirst("ISA\\*00\\*          \\*00\\*          \\*ZZ\\*MAEU           \\*ZZ\\*HARBORMASTER   ",
                        "ISA*00**00**ZZ*MAEU*ZZ*HARBORMASTER");

        ParseOutcome outcome = X12Interchange.parse(text);

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("interchange 000000101, segment ISA (segment #1 of the interchange)");
            assertThat(failure.reason()).startsWith("ISA must be 106 characters; it is 72");
        });
    }

    @Test
    void a_message_that_is_not_x12_says_what_it_starts_with() {
        ParseOutcome outcome = X12Interchange.parse("{\"events\": []}");

        assertThat(outcome.failures()).singleElement().extracting(ParseFailure::reason)
                .isEqualTo("an X12 interchange starts with ISA; this message starts with '{\"events\": []}'");
    }

    @Test
    void a_file_cut_off_after_a_complete_transaction_keeps_its_status_and_says_where_it_stops() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text();
        String cut = text.substring(0, text.indexOf("GE*"));

        ParseOutcome outcome = X12Interchange.parse(cut);

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("interchange 000000101 group 101 transaction 0001, segment SE (segment #3)");
            assertThat(failure.reason()).startsWith("the message cannot be read from here on: ");
        });
    }

    @Test
    void a_file_cut_off_inside_a_transaction_yields_nothing_from_it() {
        String text = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", LOADED)).text();
        String cut = text.substring(0, text.indexOf("SE*"));

        ParseOutcome outcome = X12Interchange.parse(cut);

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().extracting(ParseFailure::reason).asString()
                .startsWith("the message cannot be read from here on: ");
    }
}

package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseOutcome;
import org.junit.jupiter.api.Test;

/** X12 has no event id: the key is the status's content, so a status resent in another file is applied once. */
class X12EventKeysTest {

    private static final String DEPARTED = "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3";

    @Test
    void the_same_status_in_two_files_has_the_same_key() {
        ParseOutcome first = X12Interchange.from("MAEU").controlNumber("000000101").sentOn("260312", "0930")
                .oceanStatusGroup("101", oceanStatus("0001", DEPARTED, "N9*BM*MAEU260012345")).parse();
        ParseOutcome resent = X12Interchange.from("MAEU").controlNumber("000000187").sentOn("260313", "1745")
                .oceanStatusGroup("187", oceanStatus("0042", "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3"),
                        oceanStatus("0043", DEPARTED, "N9*BM*MAEU260012345")).parse();

        MilestoneEvent original = first.events().get(0);
        MilestoneEvent again = resent.events().get(1);
        assertThat(again.eventKey()).isEqualTo(original.eventKey());
        assertThat(again.reportedAt()).isAfter(original.reportedAt());
    }

    @Test
    void the_same_status_for_another_container_or_another_time_has_another_key() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                oceanStatus("0001", DEPARTED),
                oceanStatus("0002", "B4***VD*20260311*2200*CNYTN*MSCU*123456*L*45G1*CNYTN*UN*6"),
                oceanStatus("0003", "B4***VD*20260311*2215*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3")).parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::eventKey).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void the_same_status_from_two_senders_has_two_keys() {
        ParseOutcome fromCarrier = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001", DEPARTED))
                .parse();
        ParseOutcome fromVisibilityProvider = X12Interchange.from("P44").oceanStatusGroup("101",
                oceanStatus("0001", DEPARTED)).parse();

        assertThat(fromCarrier.events().get(0).eventKey())
                .isNotEqualTo(fromVisibilityProvider.events().get(0).eventKey());
    }

    @Test
    void an_eta_repeated_in_the_next_status_is_the_same_estimate() {
        String eta = "R4*D*UN*USLGB*LONG BEACH*US~\nDTM*139*20260405*0700*LT";
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                oceanStatus("0001", "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3", eta),
                oceanStatus("0002", DEPARTED, eta)).parse();

        assertThat(outcome.events()).filteredOn(event -> event.sourceCode().startsWith("R4"))
                .extracting(MilestoneEvent::eventKey).hasSize(2).containsOnly(outcome.events().get(1).eventKey());
    }
}

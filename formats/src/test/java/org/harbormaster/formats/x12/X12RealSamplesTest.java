package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.context;

import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** The real files in shared/data/x12: the one 315, and the other transaction sets a 315 inbox also receives. */
class X12RealSamplesTest {

    private final X12StatusParser parser = new X12StatusParser();

    @Test
    void the_real_315_reports_an_empty_container_arriving_at_lockbourne_in_eastern_time() {
        ParseOutcome outcome = parser.parse(X12SharedSamples.bytes("x12_004010_315_01.edi"), context());

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(MilestoneType.ARRIVED);
            assertThat(event.sourceCode()).isEqualTo("VA");
            assertThat(event.kind()).isEqualTo(TimeKind.ACTUAL);
            // B4 20220901 0807, local time at LOCKBOURNE (CI), which the UN/LOCODE list knows as USLCK, Ohio: EDT
            assertThat(event.location()).isEqualTo(UnLocode.of("USLCK"));
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2022-09-01T12:07:00Z"));
            assertThat(event.mode()).isEqualTo(TransportMode.VESSEL);
            assertThat(event.equipment()).containsExactly(ContainerNumber.of("GMCU6094135"));
            assertThat(event.empty()).isTrue();
            assertThat(event.references()).containsExactly(
                    new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "21001ASK5V9U"),
                    new CarrierReference(ReferenceType.BOOKING, "1NAN910141"));
            assertThat(event.vesselName()).isEqualTo("MARIM");
            assertThat(event.voyage()).isEqualTo("202N");
            assertThat(event.vesselImo()).as("9330141 fails the IMO check").isNull();
            assertThat(event.source().sender()).isEqualTo("SOURCE");
            assertThat(event.reportedAt()).isEqualTo(Instant.parse("2022-05-24T16:00:00Z"));
            assertThat(event.receivedAt()).isEqualTo(X12Interchange.RECEIVED);
            assertThat(event.messageId()).isEqualTo(42L);
            assertThat(event.eventKey()).startsWith("X12_315#");
        });
    }

    @Test
    void the_real_315_has_no_port_times_so_no_estimates() {
        ParseOutcome outcome = parser.parse(X12SharedSamples.bytes("x12_004010_315_01.edi"), context());

        // R4*L USMEM and R4*E USDAL carry no DTM: the route is named, no time is given
        assertThat(outcome.events()).extracting(MilestoneEvent::kind).containsOnly(TimeKind.ACTUAL);
    }

    @Test
    void the_real_315s_wrong_check_digit_and_vessel_code_are_reported_where_they_are() {
        ParseOutcome outcome = parser.parse(X12SharedSamples.bytes("x12_004010_315_01.edi"), context());

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "interchange 000000001 group 1 transaction 00001, segment B4 (segment #2), element 13",
                "interchange 000000001 group 1 transaction 00001, segment Q2 (segment #6), element 01");
        assertThat(outcome.failures().get(0).reason())
                .isEqualTo("check digit '7' of GMCU609413 is wrong: ISO 6346 gives 5; the event is kept for GMCU6094135");
        assertThat(outcome.failures().get(1).reason()).contains("9330141").contains("expected 7");
    }

    @Test
    void a_214_with_an_ellipsis_as_segment_terminator_is_read_and_rejected_as_not_a_315() {
        ParseOutcome outcome = parser.parse(X12SharedSamples.bytes("x12_004010_214_ellipses_segterm.edi"), context());

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "interchange 000075776 group 75776, segment GS (segment #2 of the interchange), element 01: "
                        + "functional group 'QM' is not QO (ocean shipment status), the group a 315 travels in",
                "interchange 000075776 group 75776 transaction 757760001, segment ST (segment #1), element 01: "
                        + "transaction set 214 is not a 315 (Status Details, Ocean); it is skipped");
    }

    @Test
    void a_210_wrapped_at_80_columns_is_read_through_its_line_breaks() {
        ParseOutcome outcome = parser.parse(X12SharedSamples.bytes("x12_004010_210_80char.edi"), context());

        // Reaching ST02 1305, which is split over two lines, proves the wrapped ISA and segments were read.
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "interchange 000026003 group 2619, segment GS (segment #2 of the interchange), element 01",
                "interchange 000026003 group 2619 transaction 1305, segment ST (segment #1), element 01");
        assertThat(outcome.failures().get(1).reason()).startsWith("transaction set 210 is not a 315");
    }

    @Test
    void a_204_and_a_301_are_each_rejected_by_transaction_without_an_event() {
        ParseOutcome loadTender = parser.parse(X12SharedSamples.bytes("x12_004010_204_03.edi"), context());
        ParseOutcome bookingConfirmation = parser.parse(X12SharedSamples.bytes("x12_004010_301_02.edi"), context());

        assertThat(loadTender.events()).isEmpty();
        assertThat(loadTender.failures()).last().hasToString("interchange 000136909 group 136909 transaction 136581, "
                + "segment ST (segment #1), element 01: transaction set 204 is not a 315 (Status Details, Ocean); "
                + "it is skipped");
        assertThat(bookingConfirmation.events()).isEmpty();
        assertThat(bookingConfirmation.failures()).last().extracting(ParseFailure::reason).asString()
                .startsWith("transaction set 301 is not a 315");
    }
}

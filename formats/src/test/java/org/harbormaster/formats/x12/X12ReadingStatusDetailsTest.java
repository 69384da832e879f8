package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** Hand-written 315s from a carrier: one status per transaction set, read into one event each. */
class X12ReadingStatusDetailsTest {

    private static final String REFERENCES = "N9*BM*MAEU260012345~\nN9*BN*260012345~\nN9*SN*ML-CN 4471102";
    private static final String VESSEL = "Q2*9321483********612E***L*MAERSK ESSEN";

    @Test
    void three_transaction_sets_in_one_file_give_three_events_in_order() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                oceanStatus("0001", "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3", REFERENCES, VESSEL),
                oceanStatus("0002", "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3", REFERENCES, VESSEL),
                oceanStatus("0003", "B4***VA*20260327*0600*USLGB*CSQU*305438*L*45G1*USLGB*UN*3", REFERENCES, VESSEL))
                .parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::eventTime, MilestoneEvent::location)
                .containsExactly(
                        tuple(MilestoneType.LOADED, Instant.parse("2026-03-10T00:15:00Z"), UnLocode.of("CNYTN")),
                        tuple(MilestoneType.DEPARTED, Instant.parse("2026-03-11T14:00:00Z"), UnLocode.of("CNYTN")),
                        // Long Beach is on daylight time (UTC-7) from 8 March 2026
                        tuple(MilestoneType.ARRIVED, Instant.parse("2026-03-27T13:00:00Z"), UnLocode.of("USLGB")));
        assertThat(outcome.events()).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(TimeKind.ACTUAL);
            assertThat(event.mode()).isEqualTo(TransportMode.VESSEL);
            assertThat(event.equipment()).containsExactly(ContainerNumber.of("CSQU3054383"));
            assertThat(event.empty()).isFalse();
            assertThat(event.vesselImo()).isEqualTo(ImoNumber.of("9321483"));
            assertThat(event.vesselName()).isEqualTo("MAERSK ESSEN");
            assertThat(event.voyage()).isEqualTo("612E");
            assertThat(event.source().sender()).isEqualTo("MAEU");
            assertThat(event.reportedAt()).isEqualTo(Instant.parse("2026-03-12T09:30:00Z"));
        });
        assertThat(outcome.events()).extracting(MilestoneEvent::eventKey).doesNotHaveDuplicates();
    }

    @Test
    void several_groups_in_one_interchange_are_all_read() {
        ParseOutcome outcome = X12Interchange.from("MAEU")
                .oceanStatusGroup("101", oceanStatus("0001",
                        "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3"))
                .oceanStatusGroup("102", oceanStatus("0001",
                        "B4***AE*20260310*0830*CNYTN*MSCU*123456*L*45G1*CNYTN*UN*6"))
                .parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).flatExtracting(MilestoneEvent::equipment)
                .containsExactly(ContainerNumber.of("CSQU3054383"), ContainerNumber.of("MSCU1234566"));
    }

    @Test
    void references_that_name_a_shipment_are_kept_and_seals_and_scacs_are_not() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***OA*20260329*1012*USLGB*CSQU*305438*L*45G1*USLGB*UN*3",
                "N9*BM*MAEU260012345", "N9*BN*260012345", "N9*HB*HMLGB0042", "N9*CO*PO-88231", "N9*4F*SHP-7781",
                "N9*SN*ML-CN 4471102", "N9*SCA*MAEU", "N9*CT*CONTRACT-2026", "N9*RR*UP", "N9*EQ*CSQU3054383"))
                .parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(MilestoneType.GATE_OUT);
            assertThat(event.references()).containsExactly(
                    new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "MAEU260012345"),
                    new CarrierReference(ReferenceType.BOOKING, "260012345"),
                    new CarrierReference(ReferenceType.HOUSE_BILL_OF_LADING, "HMLGB0042"),
                    new CarrierReference(ReferenceType.PURCHASE_ORDER, "PO-88231"),
                    new CarrierReference(ReferenceType.CUSTOMER_REFERENCE, "SHP-7781"));
            assertThat(event.equipment()).containsExactly(ContainerNumber.of("CSQU3054383"));
        });
    }

    @Test
    void a_bad_status_date_is_named_by_interchange_group_transaction_segment_and_element() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101",
                oceanStatus("0001", "B4***AE*20260310*0815*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3"),
                oceanStatus("0002", "B4***VD*20221301*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3", REFERENCES))
                .parse();

        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0002, "
                + "segment B4 (segment #2), element 04: '20221301' is not a date CCYYMMDD");
        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(MilestoneType.LOADED);
    }

    @Test
    void a_bad_status_time_is_named_too() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***AE*20260310*2561*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3")).parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "interchange 000000101 group 101 transaction 0001, segment B4 (segment #2), element 05");
    }

    @Test
    void a_wrong_check_digit_is_reported_and_the_event_kept_for_the_container_with_the_right_one() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***UV*20260327*1140*USLGB*CSQU*305438*L*45G1*USLGB*UN*7")).parse();

        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo(
                    "interchange 000000101 group 101 transaction 0001, segment B4 (segment #2), element 13");
            assertThat(failure.reason()).isEqualTo(
                    "check digit '7' of CSQU305438 is wrong: ISO 6346 gives 3; the event is kept for CSQU3054383");
        });
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(MilestoneType.DISCHARGED);
            assertThat(event.equipment()).containsExactly(ContainerNumber.of("CSQU3054383"));
        });
    }

    @Test
    void a_check_digit_written_as_the_seventh_digit_of_the_equipment_number_is_understood() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***UV*20260327*1140*USLGB*CSQU*3054383*L*45G1*USLGB*UN")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).flatExtracting(MilestoneEvent::equipment)
                .containsExactly(ContainerNumber.of("CSQU3054383"));
    }

    @Test
    void an_unknown_status_code_gives_an_event_without_milestone_for_data_quality_to_flag() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***ZZ*20260327*1140*USLGB*CSQU*305438*L*45G1*USLGB*UN*3")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isNull();
            assertThat(event.sourceCode()).isEqualTo("ZZ");
            assertThat(event.mode()).isNull();
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-27T18:40:00Z"));
        });
    }

    @Test
    void an_empty_return_is_empty_even_when_b4_09_is_left_blank() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***RD*20260402*1530*USLGB*CSQU*305438**45G1*USLGB*UN*3")).parse();

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(MilestoneType.EMPTY_RETURNED);
            assertThat(event.empty()).isTrue();
        });
    }

    @Test
    void the_vessel_name_falls_back_to_n9_wu_when_q2_has_none() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3", "N9*WU*MAERSK ESSEN")).parse();

        assertThat(outcome.events()).singleElement().extracting(MilestoneEvent::vesselName).isEqualTo("MAERSK ESSEN");
    }

    @Test
    void a_transaction_set_without_b4_reports_no_status() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "N9*BM*MAEU260012345")).parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0001: "
                + "the transaction set has no B4 segment, so it reports no status");
    }
}

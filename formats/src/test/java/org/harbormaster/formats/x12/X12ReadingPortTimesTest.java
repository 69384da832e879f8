package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** The R4/DTM loop restates the route with estimated (139) and actual (140) port times. */
class X12ReadingPortTimesTest {

    private static final String DEPARTED_YANTIAN = "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3";

    @Test
    void estimated_times_at_the_ports_of_the_route_become_estimated_events() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                DEPARTED_YANTIAN,
                "R4*T*UN*SGSIN*SINGAPORE*SG", "DTM*139*20260318*0600*LT", "DTM*139*20260319*1800*LT",
                "R4*D*UN*USLGB*LONG BEACH*US**PIER T", "DTM*139*20260405*0700",
                "R4*E*UN*USCHI*CHICAGO*US", "DTM*139*20260409*1200*UT")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).filteredOn(event -> event.kind() == TimeKind.ESTIMATED)
                .extracting(MilestoneEvent::type, MilestoneEvent::location, MilestoneEvent::eventTime,
                        MilestoneEvent::mode, MilestoneEvent::sourceCode)
                .containsExactly(
                        tuple(MilestoneType.ARRIVED, UnLocode.of("SGSIN"), Instant.parse("2026-03-17T22:00:00Z"),
                                TransportMode.VESSEL, "R4*T DTM*139"),
                        tuple(MilestoneType.DEPARTED, UnLocode.of("SGSIN"), Instant.parse("2026-03-19T10:00:00Z"),
                                TransportMode.VESSEL, "R4*T DTM*139"),
                        tuple(MilestoneType.ARRIVED, UnLocode.of("USLGB"), Instant.parse("2026-04-05T14:00:00Z"),
                                TransportMode.VESSEL, "R4*D DTM*139"),
                        tuple(MilestoneType.ARRIVED, UnLocode.of("USCHI"), Instant.parse("2026-04-09T12:00:00Z"),
                                null, "R4*E DTM*139"));
        assertThat(outcome.events()).allSatisfy(event ->
                assertThat(event.equipment()).containsExactly(ContainerNumber.of("CSQU3054383")));
    }

    @Test
    void an_estimated_departure_from_the_port_of_loading_is_an_estimated_departed() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***I*20260308*1015*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3",
                "R4*L*UN*CNYTN*YANTIAN*CN*YICT", "DTM*139*20260311*2200*LT")).parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::kind, MilestoneEvent::facility)
                .containsExactly(tuple(MilestoneType.GATE_IN, TimeKind.ACTUAL, null),
                        tuple(MilestoneType.DEPARTED, TimeKind.ESTIMATED, "YICT"));
    }

    @Test
    void an_actual_that_restates_the_status_itself_is_not_repeated() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                DEPARTED_YANTIAN, "R4*L*UN*CNYTN*YANTIAN*CN", "DTM*140*20260311*2200*LT")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().extracting(MilestoneEvent::sourceCode).isEqualTo("VD");
    }

    @Test
    void an_actual_departure_reported_after_it_happened_becomes_an_actual_event() {
        ParseOutcome outcome = X12Interchange.from("MAEU").sentOn("260327", "1500").oceanStatusGroup("101",
                oceanStatus("0001", "B4***VA*20260327*0600*USLGB*CSQU*305438*L*45G1*USLGB*UN*3",
                        "R4*L*UN*CNYTN*YANTIAN*CN", "DTM*140*20260311*2200*LT")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::kind, MilestoneEvent::eventTime)
                .containsExactly(
                        tuple(MilestoneType.ARRIVED, TimeKind.ACTUAL, Instant.parse("2026-03-27T13:00:00Z")),
                        tuple(MilestoneType.DEPARTED, TimeKind.ACTUAL, Instant.parse("2026-03-11T14:00:00Z")));
    }

    @Test
    void an_actual_time_after_the_message_was_sent_is_not_a_fact_and_is_reported() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                DEPARTED_YANTIAN, "R4*D*UN*USLGB*LONG BEACH*US", "DTM*140*20260405*0700*LT")).parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::sourceCode).containsExactly("VD");
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo(
                    "interchange 000000101 group 101 transaction 0001, segment DTM (segment #4), element 02");
            assertThat(failure.reason()).contains("after the message was sent").contains("ignored");
        });
    }

    @Test
    void an_estimate_with_a_bad_date_is_reported_at_its_dtm_and_the_rest_still_read() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                DEPARTED_YANTIAN, "R4*D*UN*USLGB*LONG BEACH*US", "DTM*139*20260431*0700*LT")).parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::sourceCode).containsExactly("VD");
        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0001, "
                + "segment DTM (segment #4), element 02: '20260431' is not a date CCYYMMDD");
    }

    @Test
    void a_port_given_as_a_census_code_is_reported_since_its_times_cannot_be_placed() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                DEPARTED_YANTIAN, "R4*D*D*2709*LONG BEACH*US", "DTM*139*20260405*0700*LT")).parse();

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).endsWith("segment R4 (segment #3), element 03");
            assertThat(failure.reason()).contains("Census Schedule D");
        });
    }

    @Test
    void an_eta_delay_notice_keeps_its_status_code_and_carries_the_new_estimate() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***E*20260320*0900*USLGB*CSQU*305438*L*45G1*USLGB*UN*3",
                "R4*D*UN*USLGB*LONG BEACH*US", "DTM*139*20260408*0700*LT")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::kind, MilestoneEvent::sourceCode)
                .containsExactly(tuple(null, TimeKind.ACTUAL, "E"),
                        tuple(MilestoneType.ARRIVED, TimeKind.ESTIMATED, "R4*D DTM*139"));
    }
}

package org.harbormaster.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real D00B intermodal rail IFTSTA from the shared data (apimeister/edifact-types, see PROVENANCE.md):
 * a rail departure from Syracuse, with the route's actual and estimated times from Cartagena to Woodridge.
 */
class IftstaRealSampleTest {

    private static final Path SAMPLE = Path.of("../../shared/data/edifact/edifact-types_IFTSTA_D00B_intermodal_rail.edi");

    private static ParseOutcome outcome;

    @BeforeAll
    static void parseTheSample() throws IOException {
        outcome = new IftstaParser().parse(Files.readAllBytes(SAMPLE), IftstaInterchange.CONTEXT);
    }

    @Test
    void the_status_is_an_actual_rail_departure_from_syracuse_in_new_york_time() {
        MilestoneEvent departure = outcome.events().get(0);

        assertThat(departure.type()).isEqualTo(MilestoneType.DEPARTED);
        assertThat(departure.sourceCode()).isEqualTo("P");
        assertThat(departure.kind()).isEqualTo(TimeKind.ACTUAL);
        assertThat(departure.location()).isEqualTo(UnLocode.of("USSYR"));
        assertThat(departure.facility()).isEqualTo("SYRACUSE");
        assertThat(departure.eventTime()).isEqualTo(Instant.parse("2022-11-19T12:10:00Z")); // 07:10 EST
        assertThat(departure.mode()).isEqualTo(TransportMode.RAIL);
        assertThat(departure.vesselName()).as("CSX TRANSPORTATION is the railroad, not a vessel").isNull();
    }

    @Test
    void the_route_gives_actual_and_estimated_arrivals_and_departures_each_in_its_own_zone() {
        assertThat(outcome.events()).extracting(MilestoneEvent::sourceCode, MilestoneEvent::type, MilestoneEvent::kind,
                event -> event.location().value(), MilestoneEvent::eventTime).containsExactly(
                tuple("P", MilestoneType.DEPARTED, TimeKind.ACTUAL, "USSYR", Instant.parse("2022-11-19T12:10:00Z")),
                tuple("LOC9/DTM186", MilestoneType.DEPARTED, TimeKind.ACTUAL, "COCTG",
                        Instant.parse("2022-11-09T19:15:00Z")), // Cartagena, UTC-5 all year
                tuple("LOC11/DTM178", MilestoneType.ARRIVED, TimeKind.ACTUAL, "USNYC",
                        Instant.parse("2022-11-17T10:05:00Z")),
                tuple("LOC11/DTM133", MilestoneType.DEPARTED, TimeKind.ESTIMATED, "USNYC",
                        Instant.parse("2022-11-18T21:30:00Z")),
                tuple("LOC29/DTM132", MilestoneType.ARRIVED, TimeKind.ESTIMATED, "USCHI",
                        Instant.parse("2022-11-21T12:00:00Z")), // Chicago, CST
                tuple("LOC29/DTM133", MilestoneType.DEPARTED, TimeKind.ESTIMATED, "USCHI",
                        Instant.parse("2022-11-21T12:00:00Z")),
                tuple("LOC7/DTM132", MilestoneType.ARRIVED, TimeKind.ESTIMATED, "USWOQ",
                        Instant.parse("2022-11-21T13:00:00Z")));
        assertThat(outcome.events()).extracting(MilestoneEvent::facility).contains("APM TERMINALS ELIZABETH",
                "CSX 59TH STREET RAMP", "WOODRIDGE, IL");
    }

    @Test
    void every_event_carries_the_booking_the_bill_of_lading_and_the_order_number() {
        assertThat(outcome.events()).allSatisfy(event -> assertThat(event.references()).containsExactlyInAnyOrder(
                new CarrierReference(ReferenceType.BOOKING, "24O4023815"),
                new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "ABCD224O4023815X"),
                new CarrierReference(ReferenceType.PURCHASE_ORDER, "2023521591")));
        assertThat(outcome.events()).allSatisfy(event -> {
            assertThat(event.reportedAt()).isEqualTo(Instant.parse("2022-01-01T00:21:00Z"));
            assertThat(event.source()).isEqualTo(IftstaInterchange.CONTEXT.source());
            assertThat(event.messageId()).isEqualTo(41L);
            assertThat(event.empty()).isFalse();
        });
    }

    @Test
    void the_samples_container_has_a_wrong_check_digit_reported_once_and_is_kept_with_the_right_one() {
        assertThat(ContainerNumber.parse("TRHU4561222").problem()).contains("check digit is 2, expected 5");

        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "message 2805567, segment RFF (segment #16), element 01, component 02: check digit '2' of TRHU456122 "
                        + "is wrong: ISO 6346 gives 5; the event is kept for TRHU4561225");
        assertThat(outcome.events()).as("the message-level TRHU4307252 is another box: never borrowed")
                .allSatisfy(event -> assertThat(event.equipment()).containsExactly(ContainerNumber.of("TRHU4561225")));
    }

    @Test
    void the_same_sample_read_twice_gives_the_same_event_keys() throws IOException {
        ParseOutcome again = new IftstaParser().parse(Files.readAllBytes(SAMPLE), IftstaInterchange.CONTEXT);

        assertThat(again.events()).extracting(MilestoneEvent::eventKey)
                .containsExactlyElementsOf(outcome.events().stream().map(MilestoneEvent::eventKey).toList())
                .doesNotHaveDuplicates();
    }
}

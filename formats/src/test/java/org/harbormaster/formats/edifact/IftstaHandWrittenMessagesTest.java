package org.harbormaster.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.edifact.IftstaInterchange.anInterchange;
import static org.harbormaster.formats.edifact.IftstaInterchange.loadedAtRotterdam;

import java.time.Instant;
import java.util.Arrays;
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

/** IFTSTA messages written for these tests, each with one thing right or wrong. */
class IftstaHandWrittenMessagesTest {

    @Test
    void a_container_loaded_at_rotterdam_is_read_with_vessel_voyage_offset_time_and_the_route_eta() {
        ParseOutcome outcome = anInterchange().withMessage("M1", loadedAtRotterdam()).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).hasSize(2);
        MilestoneEvent loaded = outcome.events().get(0);
        assertThat(loaded.type()).isEqualTo(MilestoneType.LOADED);
        assertThat(loaded.eventTime()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z")); // 14:00 at +01
        assertThat(loaded.location()).isEqualTo(UnLocode.of("NLRTM"));
        assertThat(loaded.equipment()).containsExactly(ContainerNumber.of("CSQU3054383"));
        assertThat(loaded.references()).containsExactly(new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING,
                "OCLU123456789"), new CarrierReference(ReferenceType.BOOKING, "RTM1234567"));
        assertThat(loaded.mode()).isEqualTo(TransportMode.VESSEL);
        assertThat(loaded.vesselName()).isEqualTo("EVER GIVEN");
        assertThat(loaded.vesselImo()).isEqualTo(ImoNumber.of("9074729"));
        assertThat(loaded.voyage()).isEqualTo("042E");
        assertThat(loaded.empty()).isFalse();
        assertThat(loaded.reportedAt()).isEqualTo(Instant.parse("2026-12-02T07:30:00Z"));

        MilestoneEvent eta = outcome.events().get(1);
        assertThat(eta.type()).isEqualTo(MilestoneType.ARRIVED);
        assertThat(eta.kind()).isEqualTo(TimeKind.ESTIMATED);
        assertThat(eta.eventTime()).isEqualTo(Instant.parse("2026-12-15T23:00:00Z")); // 18:00 EST
    }

    @Test
    void a_date_that_does_not_exist_is_blamed_on_its_dtm_and_the_rest_of_the_message_is_still_read() {
        String[] body = replace(loadedAtRotterdam(), "DTM+334:202612011400+01:303", "DTM+334:202613451400:203");

        ParseOutcome outcome = anInterchange().withMessage("M2", body).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "message M2, segment DTM (segment #8), element 01, component 02: "
                        + "'202613451400' is not a real date and time (format 203, CCYYMMDDHHMM)");
        assertThat(outcome.events()).extracting(MilestoneEvent::sourceCode).containsExactly("LOC11/DTM132");
    }

    @Test
    void a_unt_that_miscounts_the_segments_is_a_failure_naming_both_counts() {
        ParseOutcome outcome = anInterchange().withMessageCounted("M3", 12, loadedAtRotterdam()).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "message M3, segment UNT (segment #14), element 01: UNT says the message has 12 segments, "
                        + "but it has 14 (UNH to UNT): a segment was lost or added");
        assertThat(outcome.hasFailures()).isTrue();
    }

    @Test
    void a_unz_that_miscounts_the_messages_is_a_failure() {
        ParseOutcome outcome = anInterchange().withMessage("M4", loadedAtRotterdam()).withUnzCount(2).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "interchange, segment UNZ (segment #16), element 01: "
                        + "UNZ says the interchange has 2 messages, but it has 1");
    }

    @Test
    void a_unt_closing_another_message_is_a_failure() {
        String text = anInterchange().withMessage("M5", loadedAtRotterdam()).text().replace("UNT+14+M5", "UNT+14+M6");

        ParseOutcome outcome = new IftstaParser().parse(text.getBytes(), IftstaInterchange.CONTEXT);

        assertThat(outcome.failures()).extracting(ParseFailure::reason)
                .containsExactly("UNT closes message 'M6', but UNH opened message 'M5'");
    }

    @Test
    void an_unknown_status_code_is_kept_as_an_event_without_a_milestone() {
        String[] body = replace(loadedAtRotterdam(), "STS+1+48", "STS+1+ZZ9::ZZZ:Lashed on deck");

        ParseOutcome outcome = anInterchange().withMessage("M6", body).parse();

        assertThat(outcome.failures()).isEmpty();
        MilestoneEvent unknown = outcome.events().get(0);
        assertThat(unknown.type()).isNull();
        assertThat(unknown.sourceCode()).isEqualTo("ZZ9");
        assertThat(unknown.eventTime()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
    }

    @Test
    void a_recommendation_24_code_of_a_senders_own_list_is_not_taken_for_the_un_meaning() {
        String[] body = replace(loadedAtRotterdam(), "STS+1+48", "STS+1+48::ZZZ");

        assertThat(anInterchange().withMessage("M7", body).parse().events().get(0).type()).isNull();
    }

    @Test
    void an_empty_container_gated_in_is_flagged_empty() {
        String[] body = replace(replace(loadedAtRotterdam(), "STS+1+48", "STS+1+74"),
                "EQD+CN+CSQU3054383+42G1:102:5+++5", "EQD+CN+CSQU3054383+42G1:102:5+++4");

        MilestoneEvent gateIn = anInterchange().withMessage("M8", body).parse().events().get(0);

        assertThat(gateIn.type()).isEqualTo(MilestoneType.GATE_IN);
        assertThat(gateIn.empty()).isTrue();
    }

    @Test
    void a_container_number_that_names_no_box_is_reported_and_the_message_level_box_is_not_borrowed() {
        String[] body = replace(loadedAtRotterdam(), "EQD+CN+CSQU3054383+42G1:102:5+++5", "EQD+CN+CSQ30543+42G1:102:5");
        body = replace(body, "RFF+BN:RTM1234567", "RFF+EQ:MSCU1234566");

        ParseOutcome outcome = anInterchange().withMessage("M14", body).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::where)
                .containsExactly("message M14, segment EQD (segment #13), element 02");
        assertThat(outcome.failures().get(0).reason()).startsWith("'CSQ30543': container number must have 11");
        assertThat(outcome.events()).allSatisfy(event -> assertThat(event.equipment()).isEmpty());
    }

    @Test
    void a_status_without_a_code_is_blamed_on_sts_element_02() {
        String[] body = replace(loadedAtRotterdam(), "STS+1+48", "STS+1");

        ParseOutcome outcome = anInterchange().withMessage("M9", body).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::where)
                .containsExactly("message M9, segment STS (segment #6), element 02");
    }

    @Test
    void a_local_time_without_a_place_cannot_be_converted_and_says_so() {
        String[] body = Arrays.stream(replace(loadedAtRotterdam(), "DTM+334:202612011400+01:303",
                "DTM+334:202612011400:203")).filter(segment -> !segment.startsWith("LOC+175")).toArray(String[]::new);

        ParseOutcome outcome = anInterchange().withMessage("M10", body).parse();

        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("message M10, segment DTM (segment #8), element 01, component 02");
            assertThat(failure.reason()).contains("local time (format 203)").contains("no UN/LOCODE");
        });
    }

    @Test
    void a_place_that_is_not_a_un_locode_is_reported_once_and_its_times_are_not_guessed() {
        String[] body = replace(loadedAtRotterdam(), "DTM+334:202612011400+01:303", "DTM+334:202612011400:203");
        body = replace(body, "LOC+175+NLRTM:139:6:ROTTERDAM", "LOC+175+NLXXQ:139:6:ROTTERDAM");

        ParseOutcome outcome = anInterchange().withMessage("M11", body).parse();

        assertThat(outcome.failures()).extracting(ParseFailure::where)
                .containsExactly("message M11, segment LOC (segment #9), element 02, component 01");
        assertThat(outcome.events()).extracting(MilestoneEvent::sourceCode).containsExactly("LOC11/DTM132");
    }

    @Test
    void a_cancelled_report_is_not_applied() {
        String[] body = replace(loadedAtRotterdam(), "BGM+23+ST-1001+9", "BGM+23+ST-1001+1");

        ParseOutcome outcome = anInterchange().withMessage("M12", body).parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where)
                .containsExactly("message M12, segment BGM (segment #2), element 03");
    }

    @Test
    void another_message_type_is_refused_by_name() {
        ParseOutcome outcome = anInterchange().withMessageOfType("BAPLIE:D:95B:UN:SMDG20", "B1", 3, "BGM+X").parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "message B1, segment UNH (segment #1), element 02, component 01: "
                        + "is a 'BAPLIE' message; only IFTSTA status reports are read here");
    }

    @Test
    void two_messages_with_the_same_status_give_one_event() {
        ParseOutcome outcome = anInterchange().withMessage("A", loadedAtRotterdam())
                .withMessage("B", loadedAtRotterdam()).withServiceStringAdvice().parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).hasSize(2);
    }

    @Test
    void text_that_is_not_edifact_is_one_failure() {
        ParseOutcome outcome = new IftstaParser().parse("container,status\n".getBytes(), IftstaInterchange.CONTEXT);

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("interchange");
            assertThat(failure.reason()).startsWith("is not an EDIFACT interchange");
        });
    }

    @Test
    void a_message_cut_off_before_its_unt_yields_nothing_from_it() {
        String text = anInterchange().withMessage("M13", loadedAtRotterdam()).text();
        String cut = text.substring(0, text.indexOf("EQD"));

        ParseOutcome outcome = new IftstaParser().parse(cut.getBytes(), IftstaInterchange.CONTEXT);

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::reason)
                .anySatisfy(reason -> assertThat(reason).contains("cut off"));
    }

    private static String[] replace(String[] segments, String from, String to) {
        String[] replaced = segments.clone();
        int index = Arrays.asList(replaced).indexOf(from);
        if (index < 0) {
            throw new IllegalArgumentException("no segment " + from);
        }
        replaced[index] = to;
        return replaced;
    }
}

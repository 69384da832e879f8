package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** What a carrier gets wrong in a message, and where the parser says it is wrong. */
class DcsaBadMessagesTest {

    private static final String GATE_IN = """
            {"eventID": "7c0f5a1e-2b8d-4e3a-9f61-3d2c8b5a7e90", "eventCreatedDateTime": "2024-02-10T12:00:00Z",
             "eventType": "EQUIPMENT", "eventClassifierCode": "ACT", "eventDateTime": "2024-02-10T18:20:00+08:00",
             "equipmentEventTypeCode": "GTIN", "equipmentReference": "CSQU3054383", "emptyIndicatorCode": "LADEN",
             "eventLocation": {"UNLocationCode": "CNYTN", "facilityCode": "YICT", "facilityCodeListProvider": "SMDG"},
             "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "260123456"}]}""";

    @Test
    void a_full_gate_in_at_origin_is_a_gate_in() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN + "]");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::facility)
                .containsExactly(tuple(MilestoneType.GATE_IN, "YICT"));
    }

    @Test
    void the_empty_coming_back_is_the_empty_return() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN.replace("LADEN", "EMPTY") + "]");

        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::empty)
                .containsExactly(tuple(MilestoneType.EMPTY_RETURNED, true));
    }

    @Test
    void broken_json_is_named_at_the_root_with_line_and_column() {
        ParseOutcome outcome = DcsaMessages.parse("[\n  {\"eventID\": \"a\",\n   \"eventType\" \"TRANSPORT\"}\n]");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("$");
            assertThat(failure.reason()).startsWith("not well-formed JSON at line 3, column ");
        });
    }

    @Test
    void the_same_field_twice_in_one_event_is_not_well_formed() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN.replace("\"eventType\": \"EQUIPMENT\",",
                "\"eventType\": \"EQUIPMENT\", \"eventType\": \"TRANSPORT\",") + "]");

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("$");
        assertThat(outcome.failures().get(0).reason()).contains("eventType");
    }

    @Test
    void an_empty_message_and_a_message_that_is_not_an_array_or_object_are_failures() {
        assertThat(DcsaMessages.parse("").failures()).extracting(ParseFailure::where).containsExactly("$");
        assertThat(DcsaMessages.parse("  \n").failures()).extracting(ParseFailure::where).containsExactly("$");
        assertThat(DcsaMessages.parse("42").failures()).extracting(ParseFailure::reason)
                .containsExactly("expected a JSON array of DCSA events, or one event, got the number 42");
        assertThat(DcsaMessages.parse("[] []").failures()).extracting(ParseFailure::where).containsExactly("$");
    }

    @Test
    void a_message_nested_absurdly_deep_is_refused_at_the_root() {
        ParseOutcome outcome = DcsaMessages.parse("[".repeat(100_000) + "]".repeat(100_000));

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("$");
    }

    @Test
    void an_empty_array_is_a_poll_that_found_nothing() {
        ParseOutcome outcome = DcsaMessages.parse("[]");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).isEmpty();
    }

    @Test
    void an_item_that_is_not_an_object_is_named_by_its_position() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN + ", \"GTIN\", null]");

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(
                tuple("$[1]", "an event must be a JSON object, got a text"),
                tuple("$[2]", "an event must be a JSON object, got null"));
    }

    @Test
    void a_code_dcsa_does_not_define_keeps_its_event_without_a_milestone() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN.replace("\"GTIN\"", "\"XRAY\"") + "]");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::sourceCode)
                .containsExactly(tuple(null, "XRAY/LADEN"));
    }

    @Test
    void an_event_without_its_type_code_classifier_or_type_is_dropped_with_the_field_named() {
        assertThat(failuresOfAlone(GATE_IN.replace("\"equipmentEventTypeCode\": \"GTIN\",", ""))).containsExactly(
                tuple("$[0].equipmentEventTypeCode", "equipmentEventTypeCode is required, but missing"));
        assertThat(failuresOfAlone(GATE_IN.replace("\"eventClassifierCode\": \"ACT\",", ""))).containsExactly(
                tuple("$[0].eventClassifierCode", "eventClassifierCode is required, but missing"));
        assertThat(failuresOfAlone(GATE_IN.replace("\"ACT\"", "\"REQ\""))).containsExactly(
                tuple("$[0].eventClassifierCode", "'REQ' is not an event classifier: expected PLN, EST or ACT"));
        assertThat(failuresOfAlone(GATE_IN.replace("\"EQUIPMENT\"", "\"OPERATIONS\""))).containsExactly(
                tuple("$[0].eventType", "'OPERATIONS' is not a DCSA event type: expected SHIPMENT, TRANSPORT or "
                        + "EQUIPMENT"));
    }

    @Test
    void an_event_id_used_twice_is_a_repeat_even_when_the_first_event_was_dropped() {
        ParseOutcome outcome = DcsaMessages.parse("[%s, %s]".formatted(
                GATE_IN.replace("\"eventClassifierCode\": \"ACT\",", ""), GATE_IN));

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where)
                .containsExactly("$[0].eventClassifierCode", "$[1].eventID");
    }

    @Test
    void an_impossible_date_is_not_a_date_time() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN.replace("2024-02-10T18:20:00+08:00",
                "2024-13-01T18:20:00+08:00") + "]");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(tuple(
                "$[0].eventDateTime",
                "'2024-13-01T18:20:00+08:00' is not a date-time with offset (e.g. 2021-01-09T14:12:56+01:00)"));
    }

    @Test
    void a_local_time_without_offset_is_not_enough() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN.replace("2024-02-10T18:20:00+08:00",
                "2024-02-10T18:20:00") + "]");

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("$[0].eventDateTime");
    }

    @Test
    void an_actual_gate_in_after_the_message_arrived_is_in_the_future() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN
                .replace("2024-02-10T12:00:00Z", "2024-03-01T07:59:00Z")
                .replace("2024-02-10T18:20:00+08:00", "2024-03-09T18:20:00+08:00") + "]");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("$[0].eventDateTime");
    }

    @Test
    void an_estimate_may_lie_in_the_future() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN
                .replace("\"ACT\"", "\"EST\"")
                .replace("2024-02-10T18:20:00+08:00", "2024-03-09T18:20:00+08:00") + "]");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    void values_of_the_wrong_json_type_are_named_with_the_type_found() {
        ParseOutcome outcome = DcsaMessages.parse("[" + GATE_IN
                .replace("\"CNYTN\"", "{\"code\": \"CNYTN\"}")
                .replace("\"emptyIndicatorCode\": \"LADEN\"", "\"emptyIndicatorCode\": true")
                .replace("[{\"documentReferenceType\"", "[7, {\"documentReferenceType\"") + "]");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(
                tuple("$[0].emptyIndicatorCode", "emptyIndicatorCode must be a text, got true"),
                tuple("$[0].eventLocation.UNLocationCode", "UNLocationCode must be a text, got an object"),
                tuple("$[0].documentReferences[0]",
                        "an item of documentReferences must be an object, got the number 7"));
        assertThat(outcome.events()).singleElement().satisfies(event -> assertThat(event.location()).isNull());
    }

    @Test
    void a_vessel_with_a_wrong_imo_check_digit_is_reported_and_the_arrival_kept() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"eventID": "0b7c3f52-8e4a-4d8e-a3f4-6c1e2f9b8d70", "eventCreatedDateTime": "2024-02-26T17:00:00Z",
                  "eventType": "TRANSPORT", "eventClassifierCode": "ACT", "eventDateTime": "2024-02-26T08:00:00-08:00",
                  "transportEventTypeCode": "ARRI",
                  "transportCall": {"transportCallID": "c1", "UNLocationCode": "USLGB", "modeOfTransport": "SHIP",
                                    "vessel": {"vesselIMONumber": "9321484", "vesselName": "King of the Seas"}}}]""");

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "$[0].transportCall.modeOfTransport", "$[0].transportCall.vessel.vesselIMONumber");
        assertThat(outcome.events()).singleElement().satisfies(arrival -> {
            assertThat(arrival.type()).isEqualTo(MilestoneType.ARRIVED);
            assertThat(arrival.vesselImo()).isNull();
            assertThat(arrival.vesselName()).isEqualTo("King of the Seas");
            assertThat(arrival.mode()).isNull();
        });
    }

    @Test
    void a_transport_event_without_its_transport_call_is_named() {
        ParseOutcome outcome = DcsaMessages.parse("""
                {"eventID": "0b7c3f52-8e4a-4d8e-a3f4-6c1e2f9b8d71", "eventCreatedDateTime": "2024-02-26T10:00:00Z",
                 "eventType": "TRANSPORT", "eventClassifierCode": "PLN", "eventDateTime": "2024-03-26T08:00:00-08:00",
                 "transportEventTypeCode": "DEPA"}""");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason)
                .containsExactly(tuple("$.transportCall", "transportCall is required, but missing"));
        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(MilestoneType.DEPARTED);
    }

    /** The failures of a message holding only this event, as (where, reason); the event itself is dropped. */
    private static List<Tuple> failuresOfAlone(String event) {
        ParseOutcome outcome = DcsaMessages.parse("[" + event + "]");
        assertThat(outcome.events()).isEmpty();
        return outcome.failures().stream().map(failure -> tuple(failure.where(), failure.reason())).toList();
    }
}

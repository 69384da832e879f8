package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** DCSA's four invalid T&T 2.2 responses from its conformance suite, each failing where it is wrong. */
class DcsaInvalidExamplesTest {

    @Test
    void events_wrapped_in_another_object_are_not_events() {
        ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response-wrong-structure.json");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("$[0]", "$[1]");
        assertThat(outcome.failures()).allSatisfy(failure ->
                assertThat(failure.reason()).startsWith("not a DCSA event").endsWith("found someEvents"));
    }

    @Test
    void unknown_locations_and_a_bad_check_digit_are_reported_but_the_events_are_kept() {
        ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response-wrong-attribute-values.json");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(
                tuple("$[0].transportCall.location.UNLocationCode", "'XYBCD': " + locodeProblem("XYBCD")),
                tuple("$[0].transportCall.UNLocationCode", "'XYABC': " + locodeProblem("XYABC")),
                tuple("$[2].eventLocation.UNLocationCode", "'XYABC': " + locodeProblem("XYABC")),
                tuple("$[2].transportCall.location.UNLocationCode", "'XYCDE': " + locodeProblem("XYCDE")),
                tuple("$[2].transportCall.UNLocationCode", "'XYBCD': " + locodeProblem("XYBCD")),
                tuple("$[2].equipmentReference", "'APZU2134567' is not a valid container number (check digit is 7, "
                        + "expected 4): the event is kept for its other references, but cannot be matched by this "
                        + "container"));
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::sourceCode,
                MilestoneEvent::location).containsExactly(
                tuple(MilestoneType.DEPARTED, "DEPA", null),
                tuple(null, "VOID/ARN", null),
                tuple(null, "RMVD/EMPTY", null));
        assertThat(outcome.events().get(2).equipment()).isEmpty();
    }

    @Test
    void an_event_without_an_id_is_keyed_by_its_content() {
        ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response-wrong-attribute-values.json");

        assertThat(outcome.events().get(0).eventKey()).startsWith("DCSA#");
    }

    @Test
    void missing_unreadable_and_impossible_date_times_drop_their_events() {
        ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response-wrong-date-times.json");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(
                tuple("$[1].eventCreatedDateTime", "eventCreatedDateTime is required, but missing"),
                tuple("$[2].eventDateTime", "eventDateTime is required, but missing"),
                tuple("$[3].eventCreatedDateTime",
                        "'2021 01 01 14:12:56' is not a date-time with offset (e.g. 2021-01-09T14:12:56+01:00)"),
                tuple("$[4].eventDateTime",
                        "'2019/11/12 07:41:00 +08:30' is not a date-time with offset (e.g. 2021-01-09T14:12:56+01:00)"),
                tuple("$[5].eventDateTime", "the actual event at 2019-11-11T23:11:00Z was created earlier, at "
                        + "1999-01-01T14:12:56Z: an actual cannot be reported before it happens"),
                tuple("$[6].eventCreatedDateTime", "created 2099-01-01T14:12:56Z, after the message was received "
                        + "(2024-03-01T08:00:00Z): an event cannot be created in the future"));
        assertThat(outcome.events()).singleElement()
                .satisfies(event -> assertThat(event.sourceCode()).isEqualTo("DRFT/SHI"));
    }

    @Test
    void malformed_event_ids_are_reported_and_repeated_ones_are_not_applied_twice() {
        ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response-wrong-event-ids.json");

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason).containsExactly(
                tuple("$[0].eventID", "eventID must be a text (a UUID), got the number 123456789"),
                tuple("$[1].eventID", "'incorrect' is not a UUID, as T&T 2.2 event ids must be"),
                tuple("$[3].eventID", "eventID 3cecb101-7a1a-43a4-9d62-e88a131651e8 was already used by the event "
                        + "at $[2].eventID: event ids must be unique, the repeat is not applied"),
                tuple("$[6].eventID", "eventID af7728dc-0e1e-42d2-ad78-61c5c0c25878 was already used by the event "
                        + "at $[5].eventID: event ids must be unique, the repeat is not applied"));
        assertThat(outcome.events()).extracting(MilestoneEvent::eventKey).containsExactly(
                "DCSA:123456789", "DCSA:incorrect", "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e8",
                "DCSA:1ed826d0-3643-42e3-974b-eb88357c8e40", "DCSA:af7728dc-0e1e-42d2-ad78-61c5c0c25878");
    }

    private static String locodeProblem(String code) {
        return UnLocode.parse(code).problem().orElseThrow();
    }
}

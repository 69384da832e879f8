package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseOutcome;
import org.junit.jupiter.api.Test;

/** The same event sent twice, in two messages, is recognised as one event. */
class DcsaEventKeysTest {

    private static final String VESSEL_DEPARTED = """
            {
              %s
              "eventCreatedDateTime": "2024-02-20T06:00:00Z",
              "eventType": "TRANSPORT",
              "eventClassifierCode": "ACT",
              "eventDateTime": "2024-02-20T05:30:00+08:00",
              "transportEventTypeCode": "DEPA",
              "transportCall": {
                "transportCallID": "0f6b4c4e-8f5c-4a4f-9a55-6f0e2d1c9b11",
                "UNLocationCode": "CNYTN",
                "modeOfTransport": "VESSEL",
                "exportVoyageNumber": "412E",
                "vessel": {"vesselIMONumber": "9321483", "vesselName": "King of the Seas"}
              },
              "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "260123456"}]
            }""";
    private static final String WITH_ID = "\"eventID\": \"5e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7\",";

    private final DcsaEventParser parser = new DcsaEventParser();

    @Test
    void an_event_in_a_poll_response_and_again_in_a_callback_gets_the_same_key() {
        MilestoneEvent polled = onlyEvent(parse("[" + VESSEL_DEPARTED.formatted(WITH_ID) + "]",
                Instant.parse("2024-02-20T07:00:00Z"), 1L));
        MilestoneEvent pushed = onlyEvent(parse(VESSEL_DEPARTED.formatted(WITH_ID),
                Instant.parse("2024-02-21T09:00:00Z"), 2L));

        assertThat(pushed.eventKey()).isEqualTo(polled.eventKey())
                .isEqualTo("DCSA:5e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7");
    }

    @Test
    void an_event_without_an_id_sent_twice_gets_the_same_key_from_its_content() {
        MilestoneEvent first = onlyEvent(parse("[" + VESSEL_DEPARTED.formatted("") + "]",
                Instant.parse("2024-02-20T07:00:00Z"), 1L));
        MilestoneEvent again = onlyEvent(parse("[" + VESSEL_DEPARTED.formatted("") + "]",
                Instant.parse("2024-02-22T07:00:00Z"), 7L));

        assertThat(again.eventKey()).isEqualTo(first.eventKey()).startsWith("DCSA#");
    }

    @Test
    void a_corrected_departure_time_without_an_id_is_a_different_event() {
        String corrected = VESSEL_DEPARTED.formatted("").replace("05:30:00+08:00", "05:45:00+08:00");

        MilestoneEvent first = onlyEvent(parse(VESSEL_DEPARTED.formatted(""), DcsaMessages.RECEIVED, 1L));
        MilestoneEvent second = onlyEvent(parse(corrected, DcsaMessages.RECEIVED, 2L));

        assertThat(second.eventKey()).isNotEqualTo(first.eventKey());
    }

    @Test
    void the_sample_response_parsed_twice_yields_the_same_keys() {
        List<String> first = keys(DcsaMessages.parseExample("tnt-220-response.json"));
        List<String> second = keys(parser.parse(DcsaMessages.example("tnt-220-response.json"),
                DcsaMessages.fromCarrier(Instant.parse("2024-03-02T08:00:00Z"), 43L)));

        assertThat(second).isEqualTo(first);
    }

    private ParseOutcome parse(String json, Instant receivedAt, long messageId) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), DcsaMessages.fromCarrier(receivedAt, messageId));
    }

    private static MilestoneEvent onlyEvent(ParseOutcome outcome) {
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).hasSize(1);
        return outcome.events().get(0);
    }

    private static List<String> keys(ParseOutcome outcome) {
        return outcome.events().stream().map(MilestoneEvent::eventKey).toList();
    }
}

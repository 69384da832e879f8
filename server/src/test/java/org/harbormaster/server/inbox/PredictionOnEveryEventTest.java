package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A booking, and every event that changes a shipment, make its prediction again; the API shows it and how. */
class PredictionOnEveryEventTest extends InboxTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_booking_predicts_and_an_event_remakes_the_prediction_which_the_shipment_and_its_prediction_resource_show() {
        String container = freshContainer();
        String reference = freshReference("PRED");
        book(reference, container);
        JsonNode atBooking = predictedMilestone(shipment(reference).path("prediction"), "ARRIVED@USLGB");
        assertThat(atBooking.path("p50").path("utc").asString()).as("predicted from the plan when booked: the "
                + "public figure for Yantian-Long Beach is 17 days, the plan's 15").isEqualTo("2026-12-18T06:00:00Z");

        ApiClient.Reply reply = deliver(message(
                event("P1-" + reference, "LOADED", "ACTUAL", "2026-11-24T06:00:00Z", "CNYTN", container, "BK-" + reference),
                event("P2-" + reference, "ARRIVED", "ESTIMATED", "2026-12-18T06:00:00Z", "USLGB", container, "BK-" + reference)));
        assertThat(reply.json().path("events").path("applied").asInt()).as(reply.body()).isEqualTo(2);

        JsonNode predicted = shipment(reference).path("prediction");
        assertThat(predicted.path("modelVersion").isNumber()).isTrue();
        JsonNode arrival = predictedMilestone(predicted, "ARRIVED@USLGB");
        assertThat(arrival.path("p50").path("utc").asString()).isGreaterThanOrEqualTo("2026-12-18T06:00:00Z");
        assertThat(arrival.path("p90").path("utc").asString())
                .isGreaterThan(arrival.path("p50").path("utc").asString());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM shipment_prediction p JOIN shipment s ON s.id = p.shipment_id
                WHERE s.reference = ? AND p.arrival_key = 'ARRIVED@USLGB'""").param(reference).query(Long.class).single())
                .isEqualTo(1L);

        JsonNode explained = admin().get("/api/v1/shipments/" + reference + "/prediction").json();
        assertThat(explained.path("anchor").path("milestone").asString()).isEqualTo("LOADED@CNYTN");
        assertThat(explained.path("model").path("version").isNumber()).isTrue();
        JsonNode ocean = explained.path("legs").get(0);
        assertThat(ocean.path("type").asString()).isEqualTo("MAIN_CARRIAGE");
        assertThat(ocean.path("basis").asString()).isEqualTo("CARRIER_ESTIMATE");
        assertThat(ocean.path("carrierTime").asString()).isEqualTo("2026-12-18T06:00:00Z");
        JsonNode arrivalExplained = milestoneIn(explained, "ARRIVED@USLGB");
        assertThat(arrivalExplained.path("carrierEstimate").asString()).isEqualTo("2026-12-18T06:00:00Z");
        assertThat(arrivalExplained.path("laterThanCarrierEstimateHours").isNumber()).isTrue();
    }

    @Test
    void the_prediction_resource_needs_a_signed_in_user_and_names_an_unknown_shipment() {
        assertThat(anonymous().get("/api/v1/shipments/NOPE-1/prediction").status()).isEqualTo(401);
        ApiClient.Reply missing = admin().get("/api/v1/shipments/NOPE-1/prediction");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
    }

    private static JsonNode predictedMilestone(JsonNode prediction, String key) {
        for (JsonNode m : prediction.path("milestones")) {
            if (m.path("key").asString().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no predicted " + key + " in " + prediction);
    }

    private static JsonNode milestoneIn(JsonNode explained, String key) {
        return predictedMilestone(explained, key);
    }
}

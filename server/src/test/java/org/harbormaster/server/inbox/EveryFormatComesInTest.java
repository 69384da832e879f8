package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each format's path takes a real message through the inbox to a shipment. */
class EveryFormatComesInTest extends InboxTestSupport {

    /** The team's shared samples, seen from the server module's directory (where Maven runs its tests). */
    private static final Path SAMPLES = Path.of("../../shared/data");

    @Test
    void an_x12_315_from_the_shared_samples_is_received_and_processed() throws Exception {
        ApiClient.Reply reply = admin().postRaw("/api/v1/inbound/x12-315",
                Files.readString(SAMPLES.resolve("x12/x12_004010_315_01.edi")));

        assertThat(reply.status()).as(reply.body()).isIn(200, 202);
        assertThat(reply.json().path("status").asString()).isIn("PROCESSED", "QUARANTINED");
        assertThat(reply.json().path("events").path("read").asInt()).isPositive();
    }

    @Test
    void an_iftsta_from_the_shared_samples_is_received_and_processed() throws Exception {
        ApiClient.Reply reply = admin().postRaw("/api/v1/inbound/iftsta",
                Files.readString(SAMPLES.resolve("edifact/edifact-types_IFTSTA_D00B_intermodal_rail.edi")));

        assertThat(reply.status()).as(reply.body()).isIn(200, 202);
        assertThat(reply.json().path("status").asString()).isIn("PROCESSED", "QUARANTINED");
        assertThat(reply.json().path("events").path("read").asInt()).isPositive();
    }

    @Test
    void a_trucker_s_status_sheet_reaches_the_shipment_of_its_container() {
        String container = freshContainer();
        String reference = freshReference("CSV");
        book(reference, container);

        ApiClient.Reply reply = admin().header("X-Sender", "DRAY1").postRaw("/api/v1/inbound/csv", """
                container,status,event_time,location
                %s,out-gated,2026-11-20 09:30,USLGB
                """.formatted(container));

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode receipt = reply.json();
        assertThat(receipt.path("status").asString()).as(reply.body()).isEqualTo("PROCESSED");
        assertThat(receipt.path("events").path("applied").asInt()).isEqualTo(1);
        assertThat(actualOf(shipment(reference), "GATE_OUT@USLGB")).isEqualTo("2026-11-20T17:30:00Z");
    }
}

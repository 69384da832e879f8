package org.harbormaster.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Demurrage per container from the tariff and the milestones, holidays of the port included. */
class FreeTimeApiTest extends InboxTestSupport {

    @Test
    void a_discharge_at_long_beach_starts_the_demurrage_clock_and_thanksgiving_is_not_a_working_day() {
        String container = freshContainer();
        String reference = freshReference("LFD");
        book(reference, container);
        ApiClient.Reply reply = deliver(message(event("F1-" + reference, "DISCHARGED", "ACTUAL", "2026-11-20T18:00:00Z",
                "USLGB", container, "BK-" + reference)));
        assertThat(reply.json().path("events").path("applied").asInt()).as(reply.body()).isEqualTo(1);

        JsonNode freeTime = admin().get("/api/v1/shipments/" + reference + "/free-time").json();

        JsonNode demurrage = null;
        for (JsonNode c : freeTime.path("containers")) {
            if (c.path("kind").asString().equals("DEMURRAGE")) {
                demurrage = c;
            }
        }
        assertThat(demurrage).as(freeTime.toString()).isNotNull();
        assertThat(demurrage.path("container").asString()).isEqualTo(container);
        assertThat(demurrage.path("port").asString()).isEqualTo("USLGB");
        assertThat(demurrage.path("clockStarted").asString()).isEqualTo("2026-11-20T18:00:00Z");
        // discharged Friday Nov 20; 4 working days: Mon 23, Tue 24, Wed 25, (Thu 26 is Thanksgiving), Fri 27
        assertThat(demurrage.path("lastFreeDay").asString()).isEqualTo("2026-11-27");
        assertThat(demurrage.path("ended").asBoolean()).isFalse();
        assertThat(demurrage.path("projected").path("currency").asString()).isEqualTo("USD");
        assertThat(admin().get("/api/v1/shipments/NOPE-9/free-time").status()).isEqualTo(404);
    }
}

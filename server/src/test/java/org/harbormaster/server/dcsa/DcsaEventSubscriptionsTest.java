package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.harbormaster.formats.dcsa.DcsaSignature;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions at /v2/event-subscriptions and the signed notifications they bring, with a subscriber
 * stub on the loopback; every answer checked against DCSA's OpenAPI document.
 */
class DcsaEventSubscriptionsTest extends EmbeddedDatabaseTestSupport {

    private static final String PATH = "/v2/event-subscriptions";

    @Test
    void a_subscriber_is_notified_of_matching_events_signed_with_its_secret() throws Exception {
        String container = DcsaTestShipments.freshContainer();
        String booking = DcsaTestShipments.freshBooking();
        byte[] firstSecret = secret();
        byte[] secondSecret = secret();
        try (LoopbackServer subscriber = LoopbackServer.start(request -> LoopbackServer.Answer.of(204))) {
            HttpResponse<String> created = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "%s", "eventType": ["TRANSPORT", "EQUIPMENT"],
                     "equipmentReference": "%s"}
                    """.formatted(subscriber.uri("/dcsa/events?ours=1"), base64(firstSecret), container));
            DcsaSpec.assertConforms(Request.Method.POST, PATH, created);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).doesNotContain(base64(firstSecret)).doesNotContain("secret");
            assertThat(subscriber.seen("HEAD")).hasSize(1);
            String id = DcsaHttp.json(created).path("subscriptionID").asString();

            HttpResponse<String> newSecret = client().put(PATH + "/" + id + "/secret",
                    "{\"secret\": \"" + base64(secondSecret) + "\"}");
            DcsaSpec.assertConforms(Request.Method.PUT, PATH + "/{subscriptionID}/secret", newSecret);
            assertThat(newSecret.statusCode()).isEqualTo(204);

            DcsaTestShipments.book(admin(), "DCSA-SUB-" + booking, booking, container);
            DcsaTestShipments.push(admin(), port, "MAEU", DcsaTestShipments.voyageEvents(booking, container));

            List<LoopbackServer.Seen> notifications = awaitPosts(subscriber, 3);
            int events = 0;
            for (LoopbackServer.Seen notification : notifications) {
                assertThat(DcsaSignature.verify(notification.body(), notification.header("Notification-Signature"),
                        secondSecret)).isTrue();
                assertThat(DcsaSignature.verify(notification.body(), notification.header("Notification-Signature"),
                        firstSecret)).isFalse();
                assertThat(notification.header("Subscription-ID")).isEqualTo(id);
                assertThat(notification.header("API-Version")).isEqualTo("2.2.0");
                assertThat(notification.uri().getQuery()).isEqualTo("ours=1");
                String body = new String(notification.body(), StandardCharsets.UTF_8);
                assertThat(DcsaSpec.problemsOfEventList(body)).isEmpty();
                JsonNode array = DcsaHttp.JSON.readTree(body);
                array.forEach(event -> assertThat(event.toString()).contains(container));
                events += array.size();
            }
            assertThat(events).isEqualTo(3);
        }
    }

    @Test
    void subscriptions_are_read_changed_and_stopped_as_the_spec_says() {
        try (LoopbackServer subscriber = LoopbackServer.start(request -> LoopbackServer.Answer.of(204))) {
            String callback = subscriber.uri("/hook").toString();
            HttpResponse<String> created = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "%s", "transportEventTypeCode": ["ARRI"],
                     "UNLocationCode": "USLGB", "carrierBookingReference": "ABC709951"}
                    """.formatted(callback, base64(secret())));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = DcsaHttp.json(created).path("subscriptionID").asString();

            HttpResponse<String> one = client().get(PATH + "/" + id);
            DcsaSpec.assertConforms(Request.Method.GET, PATH + "/{subscriptionID}", one);
            assertThat(DcsaHttp.json(one).path("UNLocationCode").asString()).isEqualTo("USLGB");
            assertThat(DcsaHttp.json(one).path("transportEventTypeCode").get(0).asString()).isEqualTo("ARRI");

            HttpResponse<String> list = client().get(PATH + "?limit=1");
            DcsaSpec.assertConforms(Request.Method.GET, PATH, list);
            assertThat(list.headers().firstValue("Current-Page")).isPresent();

            HttpResponse<String> changed = client().put(PATH + "/" + id, """
                    {"subscriptionID": "%s", "callbackUrl": "%s", "eventType": ["EQUIPMENT"],
                     "equipmentEventTypeCode": ["DISC", "GTOT"]}
                    """.formatted(id, callback));
            DcsaSpec.assertConforms(Request.Method.PUT, PATH + "/{subscriptionID}", changed);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(DcsaHttp.json(changed).has("UNLocationCode")).isFalse();
            assertThat(DcsaHttp.json(client().get(PATH + "/" + id)).path("equipmentEventTypeCode").size()).isEqualTo(2);

            HttpResponse<String> withSecret = client().put(PATH + "/" + id, """
                    {"callbackUrl": "%s", "secret": "%s"}""".formatted(callback, base64(secret())));
            DcsaSpec.assertConforms(Request.Method.PUT, PATH + "/{subscriptionID}", withSecret);
            assertThat(withSecret.statusCode()).isEqualTo(400);

            HttpResponse<String> stopped = client().delete(PATH + "/" + id);
            DcsaSpec.assertConforms(Request.Method.DELETE, PATH + "/{subscriptionID}", stopped);
            assertThat(stopped.statusCode()).isEqualTo(204);
            HttpResponse<String> gone = client().get(PATH + "/" + id);
            DcsaSpec.assertConforms(Request.Method.GET, PATH + "/{subscriptionID}", gone);
            assertThat(gone.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_callback_url_that_fails_the_head_check_or_a_weak_secret_is_refused() {
        try (LoopbackServer nobody = LoopbackServer.start(request -> LoopbackServer.Answer.of(404))) {
            HttpResponse<String> unreachable = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "%s"}""".formatted(nobody.uri("/x"), base64(secret())));
            HttpResponse<String> weak = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "c2hvcnQ="}""".formatted(nobody.uri("/x")));
            HttpResponse<String> misspelt = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "%s", "UNLocationcode": "USLGB"}"""
                    .formatted(nobody.uri("/x"), base64(secret())));

            for (HttpResponse<String> reply : List.of(unreachable, weak, misspelt)) {
                DcsaSpec.assertConforms(Request.Method.POST, PATH, reply);
                assertThat(reply.statusCode()).isEqualTo(400);
            }
            assertThat(DcsaHttp.json(unreachable).path("errors").get(0).path("message").asString()).contains("HEAD");
            assertThat(DcsaHttp.json(misspelt).path("errors").get(0).path("message").asString())
                    .contains("UNLocationcode");
        }
    }

    @Test
    void a_user_sees_only_their_own_subscriptions() {
        String other = "dcsa-viewer-" + System.nanoTime();
        var created = admin().post("/api/v1/users", java.util.Map.of("username", other, "password",
                "a-long-enough-password-1", "roles", List.of("VIEWER")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try (LoopbackServer subscriber = LoopbackServer.start(request -> LoopbackServer.Answer.of(204))) {
            HttpResponse<String> mine = client().post(PATH, """
                    {"callbackUrl": "%s", "secret": "%s"}""".formatted(subscriber.uri("/a"), base64(secret())));
            String id = DcsaHttp.json(mine).path("subscriptionID").asString();

            DcsaHttp viewer = DcsaHttp.at(port).basic(other, "a-long-enough-password-1");
            assertThat(viewer.get(PATH + "/" + id).statusCode()).isEqualTo(404);
            assertThat(viewer.get(PATH).body()).doesNotContain(id);
            assertThat(viewer.delete(PATH + "/" + id).statusCode()).isEqualTo(404);
        }
    }

    private static List<LoopbackServer.Seen> awaitPosts(LoopbackServer subscriber, int events) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<LoopbackServer.Seen> posts = subscriber.seen("POST");
            int count = posts.stream().mapToInt(p -> DcsaHttp.JSON.readTree(p.body()).size()).sum();
            if (count >= events) {
                return posts;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the subscriber got " + subscriber.seen("POST").size() + " notifications in 30 s");
    }

    private DcsaHttp client() {
        return DcsaHttp.at(port).basic("admin", ADMIN_PASSWORD);
    }

    private static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

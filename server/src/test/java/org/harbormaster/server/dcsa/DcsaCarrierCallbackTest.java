package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.harbormaster.formats.dcsa.DcsaSignature;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class DcsaCarrierCallbackTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_registered_carrier_gets_its_secret_once_and_listings_never_show_it() {
        JsonNode registered = register("ZIMU");

        assertThat(registered.path("secret").asString()).isNotBlank();
        assertThat(Base64.getDecoder().decode(registered.path("secret").asString())).hasSize(32);
        assertThat(registered.path("callbackUrl").asString())
                .endsWith("/dcsa/callback/" + registered.path("id").asString());

        String listing = admin().get("/api/v1/dcsa/carrier-subscriptions").body();
        String one = admin().get("/api/v1/dcsa/carrier-subscriptions/" + registered.path("id").asString()).body();
        assertThat(listing).contains(registered.path("id").asString()).doesNotContain("secret")
                .doesNotContain(registered.path("secret").asString());
        assertThat(one).doesNotContain("secret");
    }

    @Test
    void a_correctly_signed_notification_is_answered_204_and_lands_in_the_inbox() {
        JsonNode carrier = register("HLCU");
        byte[] body = DcsaSpec.sample().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> reply = DcsaHttp.at(port)
                .header("Notification-Signature", DcsaSignature.sign(body, secret(carrier)))
                .header("Subscription-ID", "b80d923d-e8ac-4c34-9506-55d3de347034")
                .header("API-Version", "2.2.0")
                .post(callbackPath(carrier), body);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(204);
        assertThat(storedFrom("HLCU")).isEqualTo(1);
        byte[] stored = jdbc.queryForObject("SELECT content FROM inbox_message WHERE sender = 'HLCU' AND format = 'DCSA'",
                byte[].class);
        assertThat(stored).isEqualTo(body);
    }

    @Test
    void a_notification_with_a_wrong_signature_is_refused_and_nothing_is_stored() {
        JsonNode carrier = register("ONEY");
        byte[] body = DcsaSpec.sample().getBytes(StandardCharsets.UTF_8);
        byte[] otherSecret = new byte[32];

        HttpResponse<String> forged = DcsaHttp.at(port)
                .header("Notification-Signature", DcsaSignature.sign(body, otherSecret))
                .post(callbackPath(carrier), body);
        HttpResponse<String> tampered = DcsaHttp.at(port)
                .header("Notification-Signature", DcsaSignature.sign(body, secret(carrier)))
                .post(callbackPath(carrier), DcsaSpec.sample().replace("ARRI", "DEPA"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(storedFrom("ONEY")).isZero();
    }

    @Test
    void a_notification_without_a_signature_is_refused_and_nothing_is_stored() {
        JsonNode carrier = register("EGLV");

        HttpResponse<String> unsigned = DcsaHttp.at(port).post(callbackPath(carrier), DcsaSpec.sample());
        HttpResponse<String> notHex = DcsaHttp.at(port).header("Notification-Signature", "sha256=not-hex")
                .post(callbackPath(carrier), DcsaSpec.sample());

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(notHex.statusCode()).isEqualTo(403);
        assertThat(storedFrom("EGLV")).isZero();
    }

    @Test
    void the_head_check_answers_204_for_an_active_subscription_and_404_otherwise() {
        JsonNode carrier = register("YMLU");

        assertThat(DcsaHttp.at(port).head(callbackPath(carrier)).statusCode()).isEqualTo(204);
        assertThat(DcsaHttp.at(port).head("/dcsa/callback/6a1f0d3b-82be-46a1-aba8-509b7e3bd7a1").statusCode())
                .isEqualTo(404);
        assertThat(DcsaHttp.at(port).head("/dcsa/callback/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void an_ended_subscription_answers_410_even_to_a_signed_notification() {
        JsonNode carrier = register("COSU");
        admin().delete("/api/v1/dcsa/carrier-subscriptions/" + carrier.path("id").asString());
        byte[] body = DcsaSpec.sample().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> reply = DcsaHttp.at(port)
                .header("Notification-Signature", DcsaSignature.sign(body, secret(carrier)))
                .post(callbackPath(carrier), body);

        assertThat(reply.statusCode()).isEqualTo(410);
        assertThat(DcsaHttp.at(port).head(callbackPath(carrier)).statusCode()).isEqualTo(404);
        assertThat(storedFrom("COSU")).isZero();
    }

    @Test
    void only_operators_and_admins_register_carriers() {
        assertThat(anonymous().post("/api/v1/dcsa/carrier-subscriptions",
                java.util.Map.of("carrier", "MAEU", "baseUrl", "https://api.maersk.com/tnt")).status()).isIn(401, 403);
        var invalid = admin().post("/api/v1/dcsa/carrier-subscriptions",
                java.util.Map.of("carrier", "M4", "baseUrl", "ftp://x"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("carrier").contains("baseUrl");
    }

    private JsonNode register(String carrier) {
        var reply = admin().post("/api/v1/dcsa/carrier-subscriptions",
                java.util.Map.of("carrier", carrier, "baseUrl", "https://dcsa.example.com/tnt"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static byte[] secret(JsonNode carrier) {
        return Base64.getDecoder().decode(carrier.path("secret").asString());
    }

    private static String callbackPath(JsonNode carrier) {
        return URI.create(carrier.path("callbackUrl").asString()).getPath();
    }

    private int storedFrom(String sender) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE sender = ? AND format = 'DCSA'",
                Integer.class, sender);
        return count == null ? 0 : count;
    }
}

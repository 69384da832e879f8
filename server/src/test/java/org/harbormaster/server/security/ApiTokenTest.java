package org.harbormaster.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.server.security.ApiAccessTest.PASSWORD;
import static org.harbormaster.server.security.ApiAccessTest.user;

import java.util.Map;
import java.util.UUID;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ApiTokenTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_works_until_it_is_revoked() {
        ApiClient.Reply created = admin().post("/api/v1/tokens", Map.of("name", "ci pipeline"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asString();
        long id = created.json().path("id").asLong();
        assertThat(token).startsWith("hm_").hasSize(3 + 43);
        ApiClient machine = anonymous().bearer(token);

        assertThat(machine.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(machine.post("/api/v1/tokens", Map.of("name", "made with a token")).status())
                .as("no CSRF token needed with a bearer token").isEqualTo(201);

        assertThat(machine.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);

        ApiClient.Reply afterRevoke = machine.get("/api/v1/users");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_or_malformed_token_is_refused() {
        assertThat(anonymous().bearer("hm_" + "A".repeat(43)).get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(anonymous().bearer("nonsense").get("/api/v1/tokens").status()).isEqualTo(401);
    }

    @Test
    void only_a_hash_of_the_token_is_stored_and_its_use_is_recorded() {
        ApiClient.Reply created = admin().post("/api/v1/tokens", Map.of("name", "hash check"));
        String token = created.json().path("token").asString();
        long id = created.json().path("id").asLong();
        anonymous().bearer(token).get("/api/v1/tokens");

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_tokens WHERE id = :id").param("id", id).query().singleRow();

        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token.substring(3)));
        assertThat((String) row.get("token_sha256")).hasSize(64);
        assertThat(row.get("last_used_at")).isNotNull();
    }

    @Test
    void a_token_acts_with_its_owners_roles() {
        String viewer = newUsername();
        admin().post("/api/v1/users", user(viewer, "VIEWER"));
        String token = anonymous().basic(viewer, PASSWORD).post("/api/v1/tokens", Map.of("name", "dashboard"))
                .json().path("token").asString();

        ApiClient.Reply listed = anonymous().bearer(token).get("/api/v1/tokens");
        ApiClient.Reply change = anonymous().bearer(token).post("/api/v1/anything", Map.of());

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).path("owner").asString()).isEqualTo(viewer);
        assertThat(listed.body()).doesNotContain(token);
        assertThat(change.status()).isEqualTo(403);
    }

    @Test
    void only_the_owner_or_an_admin_revokes_a_token() {
        ApiClient alice = newOperator();
        ApiClient bob = newOperator();
        long alicesToken = alice.post("/api/v1/tokens", Map.of("name", "alice's")).json().path("id").asLong();
        long bobsToken = bob.post("/api/v1/tokens", Map.of("name", "bob's")).json().path("id").asLong();

        ApiClient.Reply bobTriesAlices = bob.delete("/api/v1/tokens/" + alicesToken);
        assertThat(bobTriesAlices.status()).isEqualTo(403);
        assertThat(bobTriesAlices.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin().delete("/api/v1/tokens/" + bobsToken).status()).isEqualTo(204);
        assertThat(alice.delete("/api/v1/tokens/" + alicesToken).status()).isEqualTo(204);
        assertThat(alice.delete("/api/v1/tokens/999999").status()).isEqualTo(404);
    }

    @Test
    void a_token_needs_a_name() {
        ApiClient.Reply reply = admin().post("/api/v1/tokens", Map.of("name", " "));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("name");
        assertThat(error.path("reason").asString()).isEqualTo("is required");
    }

    private ApiClient newOperator() {
        String username = newUsername();
        admin().post("/api/v1/users", user(username, "OPERATOR"));
        return anonymous().basic(username, PASSWORD);
    }

    private static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

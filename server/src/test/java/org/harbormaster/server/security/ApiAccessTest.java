package org.harbormaster.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiAccessTest extends EmbeddedDatabaseTestSupport {

    @Test
    void health_is_up_without_login_and_reports_the_database() {
        ApiClient.Reply health = anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").has("details")).isFalse();
    }

    @Test
    void an_api_call_without_credentials_is_answered_401_with_a_problem() {
        ApiClient.Reply reply = anonymous().get("/api/v1/anything");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Harbormaster\"");
        assertThat(reply.header("Set-Cookie")).as("no session for a refused API call").isEmpty();
        assertProblem(reply.json(), 401, "Unauthorized");
    }

    @Test
    void a_wrong_password_is_answered_401() {
        ApiClient.Reply reply = anonymous().basic("admin", "not-the-password").get("/api/v1/users");

        assertThat(reply.status()).isEqualTo(401);
        assertProblem(reply.json(), 401, "Unauthorized");
    }

    @Test
    void the_admin_with_http_basic_gets_past_security() {
        ApiClient.Reply reply = admin().get("/api/v1/anything");

        assertThat(reply.status()).isNotIn(401, 403);
    }

    @Test
    void a_viewer_may_read_but_not_change() {
        ApiClient viewer = newUser("VIEWER");

        assertThat(viewer.get("/api/v1/tokens").status()).isEqualTo(200);
        ApiClient.Reply change = viewer.post("/api/v1/anything", Map.of("any", "thing"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.header("Content-Type")).startsWith("application/problem+json");
        assertProblem(change.json(), 403, "Forbidden");
    }

    @Test
    void an_operator_may_change_but_not_manage_users() {
        ApiClient operator = newUser("OPERATOR");

        assertThat(operator.post("/api/v1/anything", Map.of()).status()).isNotIn(401, 403);
        assertThat(operator.get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void a_new_user_with_missing_and_wrong_fields_is_refused_with_each_field_named() {
        ApiClient.Reply reply = admin().post("/api/v1/users",
                Map.of("username", "", "password", "short", "roles", List.of("CAPTAIN")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertProblem(problem, 400, "Invalid request");
        assertThat(problem.path("errors").valueStream()
                .map(error -> error.path("field").asString() + " " + error.path("reason").asString()))
                .containsExactly(
                        "password must be at least 12 characters",
                        "roles[0] must be ADMIN, OPERATOR or VIEWER",
                        "username is required");
    }

    @Test
    void a_username_is_taken_whatever_its_letter_case() {
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/api/v1/users", user(username, "VIEWER")).status()).isEqualTo(201);

        ApiClient.Reply again = admin().post("/api/v1/users", user(username.toUpperCase(), "VIEWER"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("errors").get(0).path("field").asString()).isEqualTo("username");
    }

    @Test
    void the_admin_lists_users_without_their_password_hashes() {
        ApiClient.Reply users = admin().get("/api/v1/users");

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).contains("\"admin\"").doesNotContain("bcrypt").doesNotContain("password");
    }

    @Test
    void a_browser_without_a_session_is_sent_to_the_login_page() {
        ApiClient.Reply page = anonymous().header("Accept", "text/html").get("/");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        assertThat(anonymous().get("/login").status()).isEqualTo(200);
    }

    @Test
    void a_browser_session_needs_the_csrf_token_to_change_things() {
        String username = createUser("VIEWER");
        BrowserSession browser = BrowserSession.logIn(anonymous(), username, PASSWORD);

        ApiClient.Reply withoutToken = browser.client().post("/api/v1/tokens", Map.of("name", "from the browser"));
        ApiClient.Reply withToken = browser.client().header("X-CSRF-TOKEN", browser.csrfToken())
                .post("/api/v1/tokens", Map.of("name", "from the browser"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().path("detail").asString()).contains("CSRF");
        assertThat(withToken.status()).isEqualTo(201);
    }

    static final String PASSWORD = "correct horse battery";

    private ApiClient newUser(String role) {
        return anonymous().basic(createUser(role), PASSWORD);
    }

    private String createUser(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply created = admin().post("/api/v1/users", user(username, role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    static Map<String, Object> user(String username, String role) {
        return Map.of("username", username, "password", PASSWORD, "roles", List.of(role));
    }

    static void assertProblem(JsonNode problem, int status, String title) {
        assertThat(problem.path("type").asString()).isEqualTo("about:blank");
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}

package org.harbormaster.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stops the application cleanly and starts it again on the same data directory. */
class UserSurvivesRestartTest {

    private static final Pattern GENERATED_LOGIN = Pattern.compile("Login: admin / (\\S+)");
    private final Path dataDirectory = TemporaryDataDirectory.create();

    @AfterEach
    void removeDataDirectory() {
        TemporaryDataDirectory.delete(dataDirectory);
    }

    @Test
    void a_user_created_through_the_api_is_still_there_after_a_restart_and_admin_is_not_recreated() {
        Map<String, Object> properties = new HashMap<>(EmbeddedDatabaseTestSupport.propertiesFor(dataDirectory));
        properties.put("harbormaster.admin-password", "");   // let Harbormaster generate one
        properties.put("server.port", 0);

        String generatedPassword;
        Started first = startCapturingStandardOutput(() -> HarbormasterApplication.startWeb(properties));
        try (ConfigurableApplicationContext context = first.context()) {
            Matcher login = GENERATED_LOGIN.matcher(first.standardOutput());
            assertThat(login.find()).as("the generated password is shown once").isTrue();
            generatedPassword = login.group(1);
            assertThat(generatedPassword).hasSizeGreaterThanOrEqualTo(20);
            ApiClient.Reply created = api(context).basic("admin", generatedPassword).post("/api/v1/users",
                    Map.of("username", "harbour-pilot", "password", "keeps the ships moving", "roles", List.of("VIEWER")));
            assertThat(created.status()).isEqualTo(201);
        }

        Started second = startCapturingStandardOutput(() -> HarbormasterApplication.startWeb(properties));
        try (ConfigurableApplicationContext context = second.context()) {
            assertThat(second.standardOutput()).doesNotContain("Login: admin");
            ApiClient.Reply users = api(context).basic("admin", generatedPassword).get("/api/v1/users");
            assertThat(users.status()).isEqualTo(200);
            assertThat(users.json().valueStream().map(user -> user.path("username").asString()))
                    .containsExactly("admin", "harbour-pilot");
            assertThat(api(context).basic("harbour-pilot", "keeps the ships moving").get("/api/v1/tokens").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_command_without_web_server_shares_the_database_of_a_running_serve() {
        Map<String, Object> properties = new HashMap<>(EmbeddedDatabaseTestSupport.propertiesFor(dataDirectory));
        properties.put("server.port", 0);
        try (ConfigurableApplicationContext serve = HarbormasterApplication.startWeb(properties)) {
            try (ConfigurableApplicationContext batch = HarbormasterApplication.startWithoutWeb(
                    EmbeddedDatabaseTestSupport.propertiesFor(dataDirectory))) {
                assertThat(batch).isNotInstanceOf(WebServerApplicationContext.class);
                assertThat(batch.getBean(JdbcClient.class).sql("SELECT count(*) FROM users")
                        .query(Long.class).single()).isPositive();
            }
            assertThat(api(serve).get("/actuator/health").json().path("status").asString())
                    .as("closing the batch context leaves the shared PostgreSQL running").isEqualTo("UP");
        }
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return ApiClient.at(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private record Started(ConfigurableApplicationContext context, String standardOutput) {
    }

    private static Started startCapturingStandardOutput(Supplier<ConfigurableApplicationContext> start) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext context = start.get();
            return new Started(context, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** Copies what is written to standard output, and still shows it. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}

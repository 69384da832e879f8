package org.harbormaster.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the JVM leaves the postmaster running and holding {@code postmaster.pid}; the next
 * start must stop that orphan and carry on, quickly, with everything that was committed.
 */
class UserSurvivesKillDashNineTest {

    private static final Path DATA_DIRECTORY = TemporaryDataDirectory.create();

    @AfterAll
    static void leaveNoPostgresBehind() {
        ServerProcess.stopPostgresLeftIn(DATA_DIRECTORY);
        TemporaryDataDirectory.delete(DATA_DIRECTORY);
    }

    @Test
    void a_user_created_before_kill_dash_nine_is_there_after_the_next_start() throws Exception {
        Path postmasterPid = DATA_DIRECTORY.resolve("postgres").resolve("postmaster.pid");
        try (ServerProcess first = ServerProcess.start(DATA_DIRECTORY)) {
            assertThat(first.log()).contains("Harbormaster ready on http://localhost:" + first.port() + " in ");
            ApiClient.Reply created = first.admin().post("/api/v1/users", Map.of(
                    "username", "night-shift", "password", "containers never sleep", "roles", List.of("OPERATOR")));
            assertThat(created.status()).isEqualTo(201);

            first.kill();
        }
        long orphan = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed JVM").contains(true);

        try (ServerProcess second = ServerProcess.start(DATA_DIRECTORY)) {
            assertThat(second.startupTime()).isLessThan(Duration.ofSeconds(30));
            assertThat(second.log()).contains("Stopping PostgreSQL (process " + orphan + ")");
            ApiClient.Reply users = second.admin().get("/api/v1/users");
            assertThat(users.json().valueStream().map(user -> user.path("username").asString()))
                    .contains("night-shift");
            assertThat(second.anonymous().basic("night-shift", "containers never sleep").get("/api/v1/tokens").status())
                    .isEqualTo(200);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(postmasterPid).as("the second server stopped cleanly").doesNotExist();
    }
}

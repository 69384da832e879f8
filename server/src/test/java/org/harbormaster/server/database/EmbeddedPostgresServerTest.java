package org.harbormaster.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    private final Path dataDirectory = TemporaryDataDirectory.create();

    @AfterEach
    void removeDataDirectory() {
        TemporaryDataDirectory.delete(dataDirectory);
    }

    @Test
    void a_second_start_while_the_owner_lives_shares_the_running_server_and_leaves_it_running() throws Exception {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.startOrShare(dataDirectory)) {
            EmbeddedPostgresServer guest = EmbeddedPostgresServer.startOrShare(dataDirectory);

            assertThat(owner.startedHere()).isTrue();
            assertThat(guest.startedHere()).isFalse();
            assertThat(guest.port()).isEqualTo(owner.port());
            guest.close();
            assertThat(selectOne(owner)).as("the owner's server survives the guest's close").isEqualTo(1);
        }
        assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDirectory.resolve("harbormaster.pid")).doesNotExist();
    }

    @Test
    void a_postmaster_pid_left_by_a_dead_process_does_not_stop_the_next_start() throws Exception {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        List<String> leftBehind;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrShare(dataDirectory)) {
            leftBehind = Files.readAllLines(pidFile);
        }
        leftBehind.set(0, Long.toString(deadProcessId()));
        Files.write(pidFile, leftBehind);

        long started = System.nanoTime();
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrShare(dataDirectory)) {
            assertThat(second.startedHere()).isTrue();
            assertThat(selectOne(second)).isEqualTo(1);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private static long deadProcessId() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        return finished.pid();
    }

    private static int selectOne(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = connect(server);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }
}

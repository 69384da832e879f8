package org.harbormaster.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class DurabilitySettingsTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    PostgresServer server;

    @Value("${harbormaster.data-dir}")
    Path dataDirectory;

    @Test
    void the_running_database_syncs_every_commit_to_disk() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> settings = DurabilitySettings.read(connection);

            assertThat(settings).containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
        }
    }

    @Test
    void the_database_lives_in_the_data_directory_and_names_its_owner() {
        assertThat(server).isInstanceOf(EmbeddedPostgresServer.class);
        assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).exists();
        assertThat(ServerOwnerFile.read(dataDirectory)).hasValueSatisfying(owner -> {
            assertThat(owner.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(owner.port()).isEqualTo(((EmbeddedPostgresServer) server).port());
        });
        assertThat(Files.exists(dataDirectory.resolve("postgres.log"))).isTrue();
    }
}

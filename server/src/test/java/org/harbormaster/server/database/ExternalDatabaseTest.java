package org.harbormaster.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With {@code harbormaster.database.url} set, Harbormaster uses that server and starts none of its own. */
class ExternalDatabaseTest {

    private final Path serverDirectory = TemporaryDataDirectory.create();
    private final Path applicationDirectory = TemporaryDataDirectory.create();

    @AfterEach
    void removeDirectories() {
        TemporaryDataDirectory.delete(serverDirectory);
        TemporaryDataDirectory.delete(applicationDirectory);
    }

    @Test
    void a_database_url_is_used_instead_of_the_embedded_server() {
        try (EmbeddedPostgresServer someoneElses = EmbeddedPostgresServer.startOrShare(serverDirectory)) {
            Map<String, Object> properties = new java.util.HashMap<>(
                    EmbeddedDatabaseTestSupport.propertiesFor(applicationDirectory));
            properties.put("harbormaster.database.url", someoneElses.jdbcUrl());
            properties.put("harbormaster.database.username", someoneElses.username());

            try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(properties)) {
                assertThat(context.getBean(PostgresServer.class)).isInstanceOf(ExternalPostgresServer.class);
                assertThat(context.getBean(JdbcClient.class)
                        .sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                        .query(Integer.class).single()).as("migrations ran on the external server").isPositive();
            }
            assertThat(applicationDirectory.resolve("postgres")).doesNotExist();
            assertThat(someoneElses.startedHere()).isTrue();
        }
    }
}

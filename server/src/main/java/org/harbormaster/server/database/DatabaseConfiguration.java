package org.harbormaster.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The application's {@link javax.sql.DataSource}: the external server when
 * {@code harbormaster.database.url} is set, otherwise the embedded one in {@code <data-dir>/postgres}.
 * Spring closes the pool before the server, so the server is stopped last.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(DatabaseProperties database, @Value("${harbormaster.data-dir}") Path dataDir) {
        if (database.external()) {
            return new ExternalPostgresServer(database.url(), database.username(), database.password());
        }
        return EmbeddedPostgresServer.startOrShare(dataDir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PostgresServer server) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("harbormaster");
        config.setJdbcUrl(server.jdbcUrl());
        // Left unset when empty, so that credentials written in the URL itself still apply.
        if (StringUtils.hasText(server.username())) {
            config.setUsername(server.username());
        }
        if (StringUtils.hasText(server.password())) {
            config.setPassword(server.password());
        }
        config.setMaximumPoolSize(10);
        // Batched INSERTs become multi-row statements: the CSV import writes ~25 rows per shipment.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        if (!server.durabilityRequired()) {
            warnIfNotDurable(dataSource);
        }
        log.info("Database: {}", server);
        return dataSource;
    }

    private static void warnIfNotDurable(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> violations = DurabilitySettings.violations(DurabilitySettings.read(connection));
            if (!violations.isEmpty()) {
                log.warn("The external PostgreSQL may lose committed data in a crash: {}", violations);
            }
        }
    }
}

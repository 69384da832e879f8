package org.harbormaster.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that touches the database. Use it with
 * {@code @Mixin DatabaseOptions database;} and pass {@link #properties()} to
 * {@link org.harbormaster.server.HarbormasterApplication#startWithoutWeb}.
 */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory for Harbormaster's data, including the embedded PostgreSQL "
                    + "(default: ~/.harbormaster, or HARBORMASTER_DATA_DIR).")
    private Path dataDir;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL instead of the embedded one (or HARBORMASTER_DATABASE_URL; "
                    + "credentials in HARBORMASTER_DATABASE_USERNAME and HARBORMASTER_DATABASE_PASSWORD).")
    private String databaseUrl;

    /** The Spring properties for the options given; options left out leave the defaults alone. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (dataDir != null) {
            properties.put("harbormaster.data-dir", dataDir.toAbsolutePath().normalize().toString());
        }
        if (databaseUrl != null) {
            properties.put("harbormaster.database.url", databaseUrl);
        }
        return properties;
    }
}

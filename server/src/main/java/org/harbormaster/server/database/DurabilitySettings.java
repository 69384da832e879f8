package org.harbormaster.server.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL settings without which a committed event can be lost in a crash. Embedded PostgreSQL
 * turns some of them off by default, so they are read back from the running server, not assumed.
 */
public final class DurabilitySettings {

    public static final List<String> REQUIRED_ON = List.of("fsync", "synchronous_commit", "full_page_writes");

    private DurabilitySettings() {
    }

    /** The current value of each required setting, as {@code SHOW} reports it. */
    public static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String setting : REQUIRED_ON) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    values.put(setting, result.getString(1));
                }
            }
        }
        return values;
    }

    /** The settings that are not {@code on}, described for an error or warning message; empty if all are. */
    public static List<String> violations(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(setting -> !"on".equals(setting.getValue()))
                .map(setting -> setting.getKey() + " = " + setting.getValue())
                .toList();
    }
}

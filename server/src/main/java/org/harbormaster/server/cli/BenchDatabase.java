package org.harbormaster.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a bench command runs on: the one its options name, or else a fresh embedded one in a scratch
 * directory that is deleted when the bench is done.
 */
final class BenchDatabase implements AutoCloseable {

    private final Map<String, Object> properties;
    private final Path scratch;

    private BenchDatabase(Map<String, Object> properties, Path scratch) {
        this.properties = properties;
        this.scratch = scratch;
    }

    static BenchDatabase of(DatabaseOptions options) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>(options.properties());
        Path scratch = null;
        if (!properties.containsKey("harbormaster.data-dir") && !properties.containsKey("harbormaster.database.url")) {
            scratch = Files.createTempDirectory("harbormaster-bench-");
            properties.put("harbormaster.data-dir", scratch.toString());
        }
        return new BenchDatabase(properties, scratch);
    }

    /** The Spring properties to start the application with (a copy the caller may add to). */
    Map<String, Object> properties() {
        return new LinkedHashMap<>(properties);
    }

    @Override
    public void close() throws IOException {
        if (scratch == null) {
            return;
        }
        try (var paths = Files.walk(scratch)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package org.harbormaster.server.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data-dir>/harbormaster.pid}: which Harbormaster JVM started the embedded PostgreSQL, and on
 * which port. It tells a JVM that finds PostgreSQL running whether another Harbormaster still uses it
 * (share it) or whether it was left behind by a killed JVM (stop it). The JVM's start time guards
 * against a recycled process id.
 */
record ServerOwnerFile(long pid, int port, Instant jvmStartedAt) {

    static final String NAME = "harbormaster.pid";

    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

    static ServerOwnerFile thisJvm(int port) {
        ProcessHandle self = ProcessHandle.current();
        return new ServerOwnerFile(self.pid(), port, self.info().startInstant().orElse(Instant.EPOCH));
    }

    static Optional<ServerOwnerFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
            return Optional.of(new ServerOwnerFile(
                    Long.parseLong(values.getProperty("pid")),
                    Integer.parseInt(values.getProperty("port")),
                    Instant.parse(values.getProperty("jvm-started-at"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    void write(Path dataDirectory) throws IOException {
        Properties values = new Properties();
        values.setProperty("pid", Long.toString(pid));
        values.setProperty("port", Integer.toString(port));
        values.setProperty("jvm-started-at", jvmStartedAt.toString());
        Path temporary = dataDirectory.resolve(NAME + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            values.store(writer, "The Harbormaster JVM that started the embedded PostgreSQL");
        }
        Files.move(temporary, dataDirectory.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the file if it still names this owner (a later JVM may have taken over). */
    void deleteIfStillOwner(Path dataDirectory) throws IOException {
        if (read(dataDirectory).filter(this::equals).isPresent()) {
            Files.deleteIfExists(dataDirectory.resolve(NAME));
        }
    }

    boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().startInstant()
                        .map(started -> Duration.between(started, jvmStartedAt).abs()
                                .compareTo(START_TIME_TOLERANCE) <= 0)
                        .orElse(true))
                .isPresent();
    }
}

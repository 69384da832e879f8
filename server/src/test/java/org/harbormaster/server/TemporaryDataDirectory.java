package org.harbormaster.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh Harbormaster data directory for a test, deleted when the test JVM exits, after the embedded
 * PostgreSQL in it has stopped (Spring closes cached test contexts in a shutdown hook of its own).
 */
public final class TemporaryDataDirectory {

    private static final Duration POSTGRES_STOP_WAIT = Duration.ofSeconds(20);

    private TemporaryDataDirectory() {
    }

    public static Path create() {
        try {
            Path directory = Files.createTempDirectory("harbormaster-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory), "delete " + directory));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the PostgreSQL in {@code directory} to stop, then deletes the directory. */
    public static void delete(Path directory) {
        Path pidFile = directory.resolve("postgres").resolve("postmaster.pid");
        long deadline = System.nanoTime() + POSTGRES_STOP_WAIT.toNanos();
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary directory left behind is not worth failing a build for.
        }
    }
}

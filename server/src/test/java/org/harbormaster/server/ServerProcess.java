package org.harbormaster.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code harbormaster serve} in a child JVM, for tests that must kill the application the hard way:
 *
 * <pre>{@code
 * Path dataDir = TemporaryDataDirectory.create();
 * try (ServerProcess first = ServerProcess.start(dataDir)) {
 *     first.admin().post("/api/v1/users", ...);
 *     first.kill();                                   // SIGKILL: no shutdown hook runs
 * }
 * try (ServerProcess second = ServerProcess.start(dataDir)) {
 *     assertThat(second.admin().get("/api/v1/users").body()).contains(...);
 * } finally {
 *     ServerProcess.stopPostgresLeftIn(dataDir);     // an orphan postmaster, if a test failed half-way
 * }
 * }</pre>
 *
 * The child runs the test class path with {@code HARBORMASTER_ADMIN_PASSWORD} set to
 * {@link EmbeddedDatabaseTestSupport#ADMIN_PASSWORD}; its standard output and error go to
 * {@link #log()}. {@link #start} returns once the ready line is printed and {@code /actuator/health}
 * says UP.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String READY_LINE = "Harbormaster ready on http://localhost:";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path dataDirectory;
    private final Path log;
    private final long launchedAt = System.nanoTime();
    private Duration startupTime;

    private ServerProcess(Process process, int port, Path dataDirectory, Path log) {
        this.process = process;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.log = log;
    }

    /** Starts {@code serve} on a free port and waits until it reports UP. */
    public static ServerProcess start(Path dataDirectory, String... moreArguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                Harbormaster.class.getName(), "serve",
                "--port", Integer.toString(port),
                "--data-dir", dataDirectory.toString()));
        command.addAll(List.of(moreArguments));
        try {
            Path log = Files.createTempFile("harbormaster-serve-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("HARBORMASTER_"));
            environment.put("HARBORMASTER_ADMIN_PASSWORD", EmbeddedDatabaseTestSupport.ADMIN_PASSWORD);
            ServerProcess server = new ServerProcess(builder.start(), port, dataDirectory, log);
            try {
                server.awaitUp();
            } catch (RuntimeException notUp) {
                server.close();   // the exception carries the log
                throw notUp;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        ApiClient client = anonymous();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("harbormaster serve exited with " + process.exitValue()
                        + " before it was up:\n" + log());
            }
            try {
                // Health answers as soon as Tomcat listens; the ready line comes after start-up tasks
                // such as creating the first admin.
                ApiClient.Reply health = log().contains(READY_LINE) ? client.get("/actuator/health") : null;
                if (health != null && health.status() == 200
                        && health.json().path("status").asString().equals("UP")) {
                    startupTime = Duration.ofNanos(System.nanoTime() - launchedAt);
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep waiting
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("harbormaster serve was not up within " + STARTUP_TIMEOUT + ":\n" + log());
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** From launching the JVM to the first healthy answer. */
    public Duration startupTime() {
        return startupTime;
    }

    public ApiClient anonymous() {
        return ApiClient.at(port);
    }

    public ApiClient admin() {
        return anonymous().basic("admin", EmbeddedDatabaseTestSupport.ADMIN_PASSWORD);
    }

    /** What the child printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** {@code kill -9}: the JVM dies at once, no shutdown hook runs, the postmaster stays behind. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** {@code kill}: SIGTERM, so Spring shuts down and stops PostgreSQL. */
    public void stop() {
        process.destroy();
        if (!awaitExit()) {
            kill();
        }
    }

    private boolean awaitExit() {
        try {
            return process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    /**
     * Kills a postmaster still running on {@code dataDirectory} (after {@link #kill()}), so that no
     * test leaves PostgreSQL processes behind. Does nothing if none runs.
     */
    public static void stopPostgresLeftIn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        postmaster.ifPresent(process -> {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception notStopped) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

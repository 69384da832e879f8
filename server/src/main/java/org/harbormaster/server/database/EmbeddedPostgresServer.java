package org.harbormaster.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL kept in the Harbormaster data directory ({@code <data-dir>/postgres}), started with its
 * durability settings on and checked.
 *
 * <p>At start it looks at what a previous JVM may have left behind. A postmaster still running for a
 * live Harbormaster process (say {@code serve} while the user runs {@code import}) is shared, and left
 * running on close. A postmaster whose Harbormaster JVM is gone (killed with {@code kill -9}) is
 * stopped, then a fresh one is started. A {@code postmaster.pid} whose process is dead is left to
 * PostgreSQL, which discards it itself.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    public static final String CLUSTER_DIRECTORY = "postgres";
    public static final String DATABASE = "harbormaster";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String START_LOCK = "harbormaster.lock";
    private static final String SERVER_LOG = "postgres.log";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);
    private static final Object JVM_START_LOCK = new Object();

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedPostgres startedHere;
    private final ServerOwnerFile owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(Path dataDirectory, int port, EmbeddedPostgres startedHere,
            ServerOwnerFile owner) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.startedHere = startedHere;
        this.owner = owner;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, or shares the one another live Harbormaster process
     * runs there. Refuses to return a server whose durability settings are not all {@code on}.
     */
    public static EmbeddedPostgresServer startOrShare(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgresServer server = underStartLock(directory, () -> startOrShareLocked(directory));
            server.prepare();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + directory, e);
        }
    }

    /** What may not run while another JVM (or thread) starts, shares or stops the server. */
    private interface LockedStep<T> {
        T run() throws IOException;
    }

    private static <T> T underStartLock(Path dataDirectory, LockedStep<T> step) throws IOException {
        synchronized (JVM_START_LOCK) {
            try (FileChannel channel = FileChannel.open(dataDirectory.resolve(START_LOCK),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                return step.run();
            }
        }
    }

    private static EmbeddedPostgresServer startOrShareLocked(Path dataDirectory) throws IOException {
        Path cluster = dataDirectory.resolve(CLUSTER_DIRECTORY);
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(cluster);
        if (pidFile.isPresent()) {
            PostmasterPidFile running = pidFile.get();
            switch (running.holder()) {
                case POSTGRES -> {
                    Optional<ServerOwnerFile> liveOwner =
                            ServerOwnerFile.read(dataDirectory).filter(ServerOwnerFile::isAlive);
                    if (liveOwner.isPresent()) {
                        log.info("Sharing the PostgreSQL of Harbormaster process {} on port {}",
                                liveOwner.get().pid(), running.port());
                        return new EmbeddedPostgresServer(dataDirectory, running.port(), null, null);
                    }
                    stopOrphan(running);
                }
                case OTHER_PROCESS -> {
                    log.warn("{} names process {}, which is not PostgreSQL; removing the stale file",
                            PostmasterPidFile.NAME, running.pid());
                    Files.deleteIfExists(cluster.resolve(PostmasterPidFile.NAME));
                }
                case UNKNOWN_PROCESS -> throw new IllegalStateException(
                        "Process " + running.pid() + " holds " + cluster.resolve(PostmasterPidFile.NAME)
                                + " and cannot be inspected; stop it before starting Harbormaster");
                case NOBODY -> log.info("Found a stale {} (process {} is gone); PostgreSQL will recover",
                        PostmasterPidFile.NAME, running.pid());
            }
        }
        return start(dataDirectory, cluster);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, Path cluster) throws IOException {
        int port = freeLoopbackPort();
        ServerOwnerFile owner = ServerOwnerFile.thisJvm(port);
        // Written before the postmaster exists, so no live postmaster is ever without its owner.
        owner.write(dataDirectory);
        Redirect serverLog = Redirect.appendTo(dataDirectory.resolve(SERVER_LOG).toFile());
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("log_checkpoints", "off")
                    .setOutputRedirector(serverLog)
                    .setErrorRedirector(serverLog)
                    .start();
            log.info("PostgreSQL started on port {} with data in {}", port, cluster);
            return new EmbeddedPostgresServer(dataDirectory, port, postgres, owner);
        } catch (IOException | RuntimeException e) {
            owner.deleteIfStillOwner(dataDirectory);
            throw e;
        }
    }

    /** Stops a postmaster whose Harbormaster JVM died: politely first, then by force. */
    private static void stopOrphan(PostmasterPidFile orphan) throws IOException {
        Optional<ProcessHandle> found = orphan.process();
        if (found.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = found.get();
        log.warn("Stopping PostgreSQL (process {}) left running by a Harbormaster process that is gone",
                orphan.pid());
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroy();
        if (awaitExit(postmaster, ORPHAN_STOP_WAIT)) {
            return;
        }
        log.warn("PostgreSQL (process {}) did not stop within {} s; killing it",
                orphan.pid(), ORPHAN_STOP_WAIT.toSeconds());
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(postmaster, Duration.ofSeconds(5))) {
            throw new IllegalStateException("Could not stop PostgreSQL process " + orphan.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Checks durability, then creates the application database on first start. */
    private void prepare() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            Map<String, String> settings = DurabilitySettings.read(connection);
            List<String> violations = DurabilitySettings.violations(settings);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Embedded PostgreSQL is not durable (" + violations
                        + "); refusing to start");
            }
            createDatabaseIfMissing(connection);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Could not prepare PostgreSQL on port " + port, e);
        }
    }

    private static void createDatabaseIfMissing(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public boolean durabilityRequired() {
        return true;
    }

    public int port() {
        return port;
    }

    /** Whether this JVM started the postmaster (and stops it on close), rather than sharing it. */
    public boolean startedHere() {
        return startedHere != null;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        if (startedHere == null || closed.getAndSet(true)) {
            return;
        }
        try {
            // Under the start lock, so no other JVM decides to share a server that is stopping.
            underStartLock(dataDirectory, () -> {
                startedHere.close();
                owner.deleteIfStillOwner(dataDirectory);
                return null;
            });
            log.info("PostgreSQL on port {} stopped", port);
        } catch (IOException e) {
            log.warn("Could not stop PostgreSQL on port {} cleanly", port, e);
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + port + (startedHere() ? "" : " (shared)")
                + " with data in " + dataDirectory.resolve(CLUSTER_DIRECTORY);
    }
}

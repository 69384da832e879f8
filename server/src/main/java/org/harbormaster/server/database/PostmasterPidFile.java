package org.harbormaster.server.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} lock file PostgreSQL keeps in its data directory while it runs: the first
 * line is the postmaster's process id, the fourth its port.
 */
record PostmasterPidFile(long pid, int port) {

    static final String NAME = "postmaster.pid";

    /** What stands behind the process id written in the file. */
    enum Holder { NOBODY, POSTGRES, OTHER_PROCESS, UNKNOWN_PROCESS }

    static Optional<PostmasterPidFile> read(Path clusterDirectory) throws IOException {
        Path file = clusterDirectory.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : -1;
            return Optional.of(new PostmasterPidFile(pid, port));
        } catch (RuntimeException unreadable) {
            // Half-written by a postmaster that died while starting: PostgreSQL rewrites it.
            return Optional.empty();
        }
    }

    Holder holder() {
        Optional<ProcessHandle> process = process();
        if (process.isEmpty()) {
            return Holder.NOBODY;
        }
        return process.get().info().command()
                .map(command -> command.equals("postgres") || command.endsWith("/postgres")
                        ? Holder.POSTGRES : Holder.OTHER_PROCESS)
                .orElse(Holder.UNKNOWN_PROCESS);
    }

    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }
}

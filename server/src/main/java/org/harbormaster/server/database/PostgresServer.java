package org.harbormaster.server.database;

/**
 * A PostgreSQL server the application connects to. Closing it releases what this process started,
 * and nothing else: an external server or one shared with another Harbormaster process keeps running.
 */
public interface PostgresServer extends AutoCloseable {

    String jdbcUrl();

    String username();

    String password();

    /** Whether the durability settings must be {@code on}, or only reported when they are not. */
    boolean durabilityRequired();

    @Override
    void close();
}

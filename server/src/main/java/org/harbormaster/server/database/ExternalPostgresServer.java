package org.harbormaster.server.database;

/** A server someone else runs, reached through the URL the operator configured. */
record ExternalPostgresServer(String jdbcUrl, String username, String password) implements PostgresServer {

    @Override
    public boolean durabilityRequired() {
        // The operator owns that server's configuration; we warn, we do not refuse.
        return false;
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "external PostgreSQL at " + jdbcUrl;
    }
}

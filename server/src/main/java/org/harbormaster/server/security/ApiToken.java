package org.harbormaster.server.security;

import java.time.Instant;

/** An API token as its owner may see it later: everything but the secret. */
public record ApiToken(long id, String name, String owner, Instant createdAt, Instant lastUsedAt, boolean revoked) {
}

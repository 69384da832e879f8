package org.harbormaster.server.security;

import java.time.Instant;
import java.util.Set;

/** A person or machine that can log in. The password hash never leaves the repository. */
public record UserAccount(long id, String username, Set<Role> roles, boolean enabled, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}

package org.harbormaster.server.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a user may do: look (VIEWER), change shipments (OPERATOR), manage users and tokens (ADMIN). */
public enum Role {
    ADMIN,
    OPERATOR,
    VIEWER;

    /** The name of each role, for {@code hasAnyRole(...)}. */
    static final String[] ANY = {"ADMIN", "OPERATOR", "VIEWER"};

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}

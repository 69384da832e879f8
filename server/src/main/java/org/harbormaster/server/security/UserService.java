package org.harbormaster.server.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and lists users; passwords are stored only as bcrypt hashes. */
@Service
public class UserService {

    /** bcrypt reads at most 72 bytes of a password; a longer one would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public UserAccount create(String username, String password, Set<Role> roles) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidFieldException("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        if (users.exists(username)) {
            throw new UsernameTakenException(username);
        }
        try {
            return users.create(username, passwordEncoder.encode(password), roles);
        } catch (DuplicateKeyException raced) {
            throw new UsernameTakenException(username);
        }
    }

    /** The user's default scope and saved queue filters; everything for a user that has set none. */
    public WorkScope scopeOf(String username) {
        return users.scope(username).orElse(WorkScope.EVERYTHING);
    }

    /** Sets the region and team whose work the user sees by default (null or blank: all). */
    public void setScope(String username, String region, String team) {
        WorkScope scope = new WorkScope(region, team, null);
        users.setScope(username, scope.region(), scope.team());
    }

    /** Remembers the work queue's filters (a query string) for the user's next visit, in any browser. */
    public void rememberQueueFilters(String username, String filters) {
        users.setQueueFilters(username, filters == null || filters.isBlank() ? null : filters);
    }

    public List<UserAccount> all() {
        return users.findAll();
    }

    /** Thrown when the username belongs to someone already (regardless of letter case). */
    public static final class UsernameTakenException extends RuntimeException {
        UsernameTakenException(String username) {
            super("The username '" + username + "' is already taken");
        }
    }
}

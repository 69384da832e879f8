package org.harbormaster.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles, in the {@code users} and {@code user_roles} tables. */
@Repository
class UserRepository {

    /** A user as the login needs it: with the password hash. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    private record Row(long id, String username, boolean enabled, java.time.Instant createdAt, String hash) {

        UserAccount account(Set<Role> roles) {
            return new UserAccount(id, username, roles, enabled, createdAt);
        }
    }

    private static final String SELECT_USER =
            "SELECT id, username, enabled, created_at, password_hash FROM users";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql(SELECT_USER + " WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(UserRepository::row)
                .optional()
                .map(row -> new Credentials(row.account(rolesOf(row.id())), row.hash()));
    }

    Optional<UserAccount> find(String username) {
        return findCredentials(username).map(Credentials::account);
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users)").query(Boolean.class).single();
    }

    List<UserAccount> findAll() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_roles").query(result -> {
            roles.computeIfAbsent(result.getLong("user_id"), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(result.getString("role")));
        });
        return jdbc.sql(SELECT_USER + " ORDER BY lower(username)")
                .query(UserRepository::row)
                .list().stream()
                .map(row -> row.account(roles.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    @Transactional
    UserAccount create(String username, String passwordHash, Set<Role> roles) {
        long id = jdbc.sql("INSERT INTO users (username, password_hash) VALUES (:username, :hash) RETURNING id")
                .param("username", username).param("hash", passwordHash)
                .query(Long.class).single();
        addRoles(id, roles);
        return find(username).orElseThrow();
    }

    /**
     * Creates the user only while no user exists, in one statement, so that two processes starting
     * on a fresh database cannot both create a first user.
     */
    @Transactional
    Optional<UserAccount> createIfNoUserExists(String username, String passwordHash, Set<Role> roles) {
        Optional<Long> id = jdbc.sql("INSERT INTO users (username, password_hash)"
                        + " SELECT :username, :hash WHERE NOT EXISTS (SELECT 1 FROM users)"
                        + " ON CONFLICT DO NOTHING RETURNING id")
                .param("username", username).param("hash", passwordHash)
                .query(Long.class).optional();
        id.ifPresent(userId -> addRoles(userId, roles));
        return id.flatMap(userId -> find(username));
    }

    Optional<WorkScope> scope(String username) {
        return jdbc.sql("SELECT region, team, queue_filters FROM users WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, n) -> new WorkScope(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    void setScope(String username, String region, String team) {
        jdbc.sql("UPDATE users SET region = :region, team = :team WHERE lower(username) = lower(:username)")
                .param("region", region).param("team", team).param("username", username).update();
    }

    void setQueueFilters(String username, String filters) {
        jdbc.sql("UPDATE users SET queue_filters = :filters WHERE lower(username) = lower(:username)")
                .param("filters", filters).param("username", username).update();
    }

    private void addRoles(long userId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:id, :role)")
                    .param("id", userId).param("role", role.name()).update();
        }
    }

    private Set<Role> rolesOf(long userId) {
        List<Role> roles = jdbc.sql("SELECT role FROM user_roles WHERE user_id = :id")
                .param("id", userId).query((result, n) -> Role.valueOf(result.getString("role"))).list();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static Row row(ResultSet result, int rowNumber) throws SQLException {
        return new Row(result.getLong("id"), result.getString("username"), result.getBoolean("enabled"),
                result.getTimestamp("created_at").toInstant(), result.getString("password_hash"));
    }
}

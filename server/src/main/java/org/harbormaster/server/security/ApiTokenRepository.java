package org.harbormaster.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in the {@code api_tokens} table, found by the SHA-256 of their secret. */
@Repository
class ApiTokenRepository {

    /** Who a valid token speaks for. */
    record TokenHolder(long tokenId, String username, Set<Role> roles) {
    }

    private static final String SELECT_TOKEN = "SELECT t.id, t.name, u.username, t.created_at, t.last_used_at,"
            + " t.revoked FROM api_tokens t JOIN users u ON u.id = t.owner_id";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken create(String ownerUsername, String name, String sha256) {
        long id = jdbc.sql("INSERT INTO api_tokens (name, token_sha256, owner_id)"
                        + " SELECT :name, :sha256, id FROM users WHERE lower(username) = lower(:owner) RETURNING id")
                .param("name", name).param("sha256", sha256).param("owner", ownerUsername)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** The holder of an unrevoked token whose owner may still log in. */
    Optional<TokenHolder> findHolder(String sha256) {
        List<TokenHolder> rows = jdbc.sql("SELECT t.id, u.username, r.role FROM api_tokens t"
                        + " JOIN users u ON u.id = t.owner_id LEFT JOIN user_roles r ON r.user_id = u.id"
                        + " WHERE t.token_sha256 = :sha256 AND NOT t.revoked AND u.enabled")
                .param("sha256", sha256)
                .query((row, n) -> new TokenHolder(row.getLong("id"), row.getString("username"),
                        row.getString("role") == null ? Set.of() : Set.of(Role.valueOf(row.getString("role")))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.addAll(row.roles()));
        return Optional.of(new TokenHolder(rows.get(0).tokenId(), rows.get(0).username(), roles));
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT_TOKEN + " WHERE t.id = :id").param("id", id)
                .query(ApiTokenRepository::token).optional();
    }

    List<ApiToken> findByOwner(String username) {
        return jdbc.sql(SELECT_TOKEN + " WHERE lower(u.username) = lower(:username) ORDER BY t.id")
                .param("username", username).query(ApiTokenRepository::token).list();
    }

    void revoke(long id) {
        jdbc.sql("UPDATE api_tokens SET revoked = TRUE WHERE id = :id").param("id", id).update();
    }

    /** Records the use, at most once a minute per token, so a busy client does not write on every call. */
    void recordUse(long id) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = now() WHERE id = :id"
                        + " AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')")
                .param("id", id).update();
    }

    private static ApiToken token(ResultSet row, int rowNumber) throws SQLException {
        Timestamp lastUsed = row.getTimestamp("last_used_at");
        return new ApiToken(row.getLong("id"), row.getString("name"), row.getString("username"),
                row.getTimestamp("created_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant(),
                row.getBoolean("revoked"));
    }
}

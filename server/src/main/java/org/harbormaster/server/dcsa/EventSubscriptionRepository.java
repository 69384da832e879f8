package org.harbormaster.server.dcsa;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Event subscriptions in PostgreSQL; the filters as the JSON of the subscription body. */
@Repository
class EventSubscriptionRepository {

    private static final String COLUMNS = "id, owner, callback_url, filters::text AS filters, created_at, updated_at";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    EventSubscriptionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EventSubscription subscription, byte[] secret) {
        jdbc.update("INSERT INTO event_subscription (id, owner, callback_url, secret, filters, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)",
                subscription.id(), subscription.owner(), subscription.callbackUrl().toString(), secret,
                filtersJson(subscription.filter()), subscription.createdAt().atOffset(ZoneOffset.UTC),
                subscription.updatedAt().atOffset(ZoneOffset.UTC));
    }

    Optional<EventSubscription> find(UUID id, String owner) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_subscription WHERE id = ? AND owner = ?",
                this::subscription, id, owner).stream().findFirst();
    }

    Optional<EventSubscription> byId(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_subscription WHERE id = ?", this::subscription, id)
                .stream().findFirst();
    }

    /** One page of an owner's subscriptions, oldest first. */
    List<EventSubscription> list(String owner, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_subscription WHERE owner = ?"
                + " ORDER BY created_at, id OFFSET ? LIMIT ?", this::subscription, owner, offset, limit);
    }

    int count(String owner) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM event_subscription WHERE owner = ?",
                Integer.class, owner);
        return count == null ? 0 : count;
    }

    /** Every subscription, for the notifier. */
    List<EventSubscription> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_subscription ORDER BY created_at, id", this::subscription);
    }

    boolean update(EventSubscription subscription) {
        return jdbc.update("UPDATE event_subscription SET callback_url = ?, filters = ?::jsonb, updated_at = ?"
                        + " WHERE id = ? AND owner = ?", subscription.callbackUrl().toString(),
                filtersJson(subscription.filter()), subscription.updatedAt().atOffset(ZoneOffset.UTC),
                subscription.id(), subscription.owner()) == 1;
    }

    boolean updateSecret(UUID id, String owner, byte[] secret, Instant now) {
        return jdbc.update("UPDATE event_subscription SET secret = ?, updated_at = ? WHERE id = ? AND owner = ?",
                secret, now.atOffset(ZoneOffset.UTC), id, owner) == 1;
    }

    boolean delete(UUID id, String owner) {
        return jdbc.update("DELETE FROM event_subscription WHERE id = ? AND owner = ?", id, owner) == 1;
    }

    /** The key the notifications to this subscriber are signed with. */
    Optional<byte[]> secretOf(UUID id) {
        return jdbc.query("SELECT secret FROM event_subscription WHERE id = ?", (row, n) -> row.getBytes(1), id)
                .stream().findFirst();
    }

    private EventSubscription subscription(ResultSet row, int rowNumber) throws SQLException {
        return new EventSubscription(row.getObject("id", UUID.class), row.getString("owner"),
                URI.create(row.getString("callback_url")),
                SubscriptionBody.storedFilter(JSON.readTree(row.getString("filters"))),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static String filtersJson(EventFilter filter) {
        return JSON.writeValueAsString(filter.subscriptionFields());
    }
}

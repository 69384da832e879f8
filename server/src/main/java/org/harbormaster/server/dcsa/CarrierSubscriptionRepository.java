package org.harbormaster.server.dcsa;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Carrier subscriptions in PostgreSQL. The secret is written once and read only to check a signature. */
@Repository
class CarrierSubscriptionRepository {

    private static final String COLUMNS =
            "id, carrier_code, base_url, created_at, created_by, active, last_event_created_at, last_polled_at";

    private final JdbcTemplate jdbc;

    CarrierSubscriptionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CarrierSubscription subscription, byte[] secret) {
        jdbc.update("INSERT INTO carrier_subscription (id, carrier_code, base_url, secret, created_at, created_by, active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", subscription.id(), subscription.carrierCode(),
                subscription.baseUrl().toString(), secret, at(subscription.createdAt()), subscription.createdBy(),
                subscription.active());
    }

    Optional<CarrierSubscription> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM carrier_subscription WHERE id = ?", this::subscription, id)
                .stream().findFirst();
    }

    List<CarrierSubscription> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM carrier_subscription ORDER BY carrier_code, created_at",
                this::subscription);
    }

    List<CarrierSubscription> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM carrier_subscription WHERE active ORDER BY created_at",
                this::subscription);
    }

    Optional<byte[]> secretOf(UUID id) {
        return jdbc.query("SELECT secret FROM carrier_subscription WHERE id = ?", (row, n) -> row.getBytes(1), id)
                .stream().findFirst();
    }

    /** After a poll: when, and (if it pulled any) the newest eventCreatedDateTime it saw; never moves back. */
    void recordPoll(UUID id, Instant newestEventCreatedAt, Instant polledAt) {
        jdbc.update("UPDATE carrier_subscription SET last_polled_at = ?,"
                        + " last_event_created_at = greatest(last_event_created_at, ?::timestamptz) WHERE id = ?",
                at(polledAt), newestEventCreatedAt == null ? null : at(newestEventCreatedAt), id);
    }

    boolean deactivate(UUID id) {
        return jdbc.update("UPDATE carrier_subscription SET active = false WHERE id = ?", id) == 1;
    }

    private CarrierSubscription subscription(ResultSet row, int rowNumber) throws SQLException {
        return new CarrierSubscription(row.getObject("id", UUID.class), row.getString("carrier_code"),
                URI.create(row.getString("base_url")), instant(row.getTimestamp("created_at")),
                row.getString("created_by"), row.getBoolean("active"),
                instant(row.getTimestamp("last_event_created_at")), instant(row.getTimestamp("last_polled_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

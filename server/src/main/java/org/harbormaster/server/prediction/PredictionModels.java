package org.harbormaster.server.prediction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.prediction.LegObservation;
import org.harbormaster.prediction.TransitModel;
import org.harbormaster.prediction.TransitPriors;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transit model's versions. A rebuild reads the legs that really ended in every shipment not cancelled,
 * stores them as a new version (so a prediction's version says exactly what it learned from) and makes it the
 * current one. {@link ShipmentPredictions#rebuild} runs it (from {@code harbormaster predictions rebuild} and
 * every night) and predicts the open shipments again; until the first build, predictions rest on the priors
 * alone (version 0).
 */
@Service
public class PredictionModels {

    private static final Logger log = LoggerFactory.getLogger(PredictionModels.class);
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final ShipmentRepository shipments;
    private final Clock clock;
    private final TransitPriors priors = TransitPriors.standard();
    private final AtomicReference<TransitModel> current = new AtomicReference<>();

    PredictionModels(JdbcTemplate jdbc, ShipmentRepository shipments, Clock clock) {
        this.jdbc = jdbc;
        this.shipments = shipments;
        this.clock = clock;
    }

    public TransitPriors priors() {
        return priors;
    }

    /** The newest version (read once, then kept until the next rebuild). */
    public TransitModel current() {
        TransitModel model = current.get();
        if (model == null) {
            model = loadNewest();
            current.compareAndSet(null, model);
        }
        return current.get();
    }

    public record Rebuilt(long version, Instant builtAt, int shipments, int observations, int keys, double seconds) {
    }

    @Transactional
    public Rebuilt rebuild() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<LegObservation> observations = new ArrayList<>();
        int read = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> ids = jdbc.queryForList("""
                    SELECT id FROM shipment WHERE status NOT IN ('CANCELLED', 'BOOKED') AND id > ?
                    ORDER BY id LIMIT ?""", UUID.class, after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            for (Shipment s : shipments.findAllById(ids)) {
                observations.addAll(LegObservation.of(s));
            }
            read += ids.size();
            after = ids.get(ids.size() - 1);
        }
        Long version = jdbc.queryForObject("""
                INSERT INTO prediction_model (built_at, shipments, observations) VALUES (?, ?, ?) RETURNING version""",
                Long.class, Timestamp.from(now), read, observations.size());
        jdbc.batchUpdate("""
                INSERT INTO prediction_observation (model_version, leg_type, mode, from_locode, to_locode, carrier,
                    seconds, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", observations, 1000, (ps, o) -> {
            LegKey k = o.key();
            ps.setLong(1, version);
            ps.setString(2, k.legType().name());
            ps.setString(3, k.mode() == null ? null : k.mode().name());
            ps.setString(4, k.from().value());
            ps.setString(5, k.to().value());
            ps.setString(6, k.carrier());
            ps.setLong(7, o.duration().getSeconds());
            ps.setTimestamp(8, Timestamp.from(o.endedAt()));
        });
        TransitModel model = TransitModel.learn(version, now, observations, priors);
        current.set(model);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Transit model version {} learned {} legs from {} shipments in {} s", version, observations.size(),
                read, String.format("%.1f", seconds));
        return new Rebuilt(version, now, read, observations.size(), model.keyCount(), seconds);
    }

    private TransitModel loadNewest() {
        List<TransitModel> newest = jdbc.query("SELECT version, built_at FROM prediction_model ORDER BY version DESC LIMIT 1",
                (rs, i) -> TransitModel.learn(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        observations(rs.getLong(1)), priors));
        return newest.isEmpty() ? TransitModel.priorsOnly(priors, clock.instant()) : newest.get(0);
    }

    private List<LegObservation> observations(long version) {
        return jdbc.query("""
                SELECT leg_type, mode, from_locode, to_locode, carrier, seconds, ended_at
                FROM prediction_observation WHERE model_version = ?""", (rs, i) -> {
            LegType type = LegType.valueOf(rs.getString(1));
            TransportMode mode = rs.getString(2) == null ? null : TransportMode.valueOf(rs.getString(2));
            UnLocode from = UnLocode.of(rs.getString(3));
            UnLocode to = UnLocode.of(rs.getString(4));
            String carrier = rs.getString(5);
            LegKey key = carrier == null ? LegKey.lane(type, mode, from, to)
                    : LegKey.carrierOnLane(type, mode, from, to, carrier);
            return new LegObservation(key, Duration.ofSeconds(rs.getLong(6)), rs.getTimestamp(7).toInstant());
        }, version);
    }
}

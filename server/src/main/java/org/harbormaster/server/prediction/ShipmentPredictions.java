package org.harbormaster.server.prediction;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.ArrivalPredictor;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.MilestonePrediction;
import org.harbormaster.prediction.TransitModel;
import org.harbormaster.server.shipments.PredictedArrivals;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.ShipmentView.PredictedMilestoneView;
import org.harbormaster.server.shipments.ShipmentView.PredictionView;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each shipment's latest prediction. Remade, in the transaction that applies them, for the shipments an event
 * changed (incremental: one prediction per changed shipment, microseconds each), and stored with the model
 * version that made it; the shipment resource shows it.
 */
@Service
public class ShipmentPredictions implements PredictedArrivals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final PredictionModels models;
    private final ConnectionRules connections = ConnectionRules.weeklyServiceWithOneDayToConnect();

    ShipmentPredictions(JdbcTemplate jdbc, PredictionModels models) {
        this.jdbc = jdbc;
        this.models = models;
    }

    /** A prediction made now with the current model, and that model. */
    public record Made(TransitModel model, ArrivalPrediction prediction) {
    }

    public Made predict(Shipment shipment, Instant asOf) {
        TransitModel model = models.current();
        return new Made(model, new ArrivalPredictor(model, connections).predict(shipment, asOf));
    }

    /**
     * Predicts each shipment again and stores the result (a cancelled one has nothing to predict); returns the
     * predictions by shipment id.
     */
    public Map<UUID, ArrivalPrediction> refresh(Collection<Shipment> changed, Instant asOf) {
        List<Object[]> rows = new ArrayList<>();
        Map<UUID, ArrivalPrediction> made = new java.util.HashMap<>();
        for (Shipment shipment : changed) {
            if (shipment.isCancelled()) {
                continue;
            }
            Made prediction = predict(shipment, asOf);
            made.put(shipment.id().value(), prediction.prediction());
            rows.add(row(shipment, prediction, asOf));
        }
        if (!rows.isEmpty()) {
            upsert(rows);
        }
        return made;
    }

    private static Object[] row(Shipment shipment, Made made, Instant asOf) {
        Optional<MilestonePrediction> arrival = arrival(shipment, made.prediction());
        return new Object[] {shipment.id().value(), made.model().version(), Timestamp.from(asOf),
                arrival.map(MilestonePrediction::key).orElse(null),
                arrival.map(a -> Timestamp.from(a.p50())).orElse(null),
                arrival.map(a -> Timestamp.from(a.p90())).orElse(null), json(made.prediction())};
    }

    private void upsert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO shipment_prediction (shipment_id, model_version, as_of, arrival_key, arrival_p50, arrival_p90,
                    milestones) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (shipment_id) DO UPDATE SET model_version = excluded.model_version, as_of = excluded.as_of,
                    arrival_key = excluded.arrival_key, arrival_p50 = excluded.arrival_p50,
                    arrival_p90 = excluded.arrival_p90, milestones = excluded.milestones""", rows);
    }

    @Override
    public Optional<PredictionView> latestFor(Shipment shipment) {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (Milestone m : shipment.milestones()) {
            zones.put(m.key(), m.location().zone());
            types.put(m.key(), m.type().name());
        }
        return jdbc.query("SELECT model_version, as_of, milestones FROM shipment_prediction WHERE shipment_id = ?",
                (rs, i) -> {
                    List<PredictedMilestoneView> milestones = new ArrayList<>();
                    for (var node : JSON.readTree(rs.getString(3))) {
                        String key = node.get("key").asString();
                        ZoneId zone = zones.getOrDefault(key, ZoneId.of("UTC"));
                        milestones.add(new PredictedMilestoneView(key, types.get(key),
                                ShipmentView.time(Instant.parse(node.get("p50").asString()), zone),
                                ShipmentView.time(Instant.parse(node.get("p90").asString()), zone)));
                    }
                    return new PredictionView(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), milestones);
                }, shipment.id().value()).stream().findFirst();
    }

    /** The arrival at the last port of discharge, if still to come. */
    static Optional<MilestonePrediction> arrival(Shipment shipment, ArrivalPrediction prediction) {
        return shipment.arrivalAtFinalPort().flatMap(m -> prediction.milestone(m.key()));
    }

    private static String json(ArrivalPrediction prediction) {
        List<Map<String, String>> milestones = prediction.milestones().stream()
                .map(m -> Map.of("key", m.key(), "p50", m.p50().toString(), "p90", m.p90().toString())).toList();
        return JSON.writeValueAsString(milestones);
    }
}

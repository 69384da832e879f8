package org.harbormaster.server.backtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.prediction.Backtest;
import org.harbormaster.prediction.BacktestReport;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.server.inbox.AppliedEvents;
import org.harbormaster.server.prediction.PredictionModels;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads every shipment that has arrived somewhere, with the events it was given, and runs the {@link Backtest}. */
@Service
public class BacktestRun {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final ShipmentRepository shipments;
    private final AppliedEvents events;
    private final PredictionModels models;

    BacktestRun(JdbcTemplate jdbc, ShipmentRepository shipments, AppliedEvents events, PredictionModels models) {
        this.jdbc = jdbc;
        this.shipments = shipments;
        this.events = events;
        this.models = models;
    }

    @Transactional(readOnly = true)
    public BacktestReport run(Duration cutoff) {
        List<Backtest.Case> cases = new ArrayList<>();
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> ids = jdbc.queryForList("""
                    SELECT id FROM shipment WHERE status IN ('ARRIVED', 'DELIVERED', 'COMPLETED') AND id > ?
                    ORDER BY id LIMIT ?""", UUID.class, after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            Map<UUID, List<MilestoneEvent>> given = events.of(ids);
            for (Shipment s : shipments.findAllById(ids)) {
                cases.add(new Backtest.Case(s, given.getOrDefault(s.id().value(), List.of())));
            }
            after = ids.get(ids.size() - 1);
        }
        return new Backtest(cutoff, models.priors(), ConnectionRules.weeklyServiceWithOneDayToConnect()).run(cases);
    }
}

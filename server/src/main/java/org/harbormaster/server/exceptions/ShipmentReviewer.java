package org.harbormaster.server.exceptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.AlertContext;
import org.harbormaster.exception.AlertReconciler;
import org.harbormaster.exception.Priority;
import org.harbormaster.exception.Reconciliation;
import org.harbormaster.exception.Thresholds;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.server.exceptions.AlertRepository.Filing;
import org.harbormaster.server.exceptions.AlertRepository.Stored;
import org.harbormaster.server.exceptions.AlertRepository.Write;
import org.harbormaster.server.prediction.ShipmentPredictions;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.server.shipments.ShipmentReview;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a shipment changes: predicts it again, runs its exception rules against that prediction, and reconciles
 * its exception cases with what they found (opened once per shipment, rule and subject; updated while the cause
 * persists; cleared, saying why, when it goes). Runs inside the caller's transaction for events; on its own for
 * bookings, imports and the periodic sweep that catches what time alone changes (a last free day coming closer,
 * an expected event that never came, an SLA running out).
 */
@Service
public class ShipmentReviewer implements ShipmentReview {

    private static final Logger log = LoggerFactory.getLogger(ShipmentReviewer.class);
    private static final int PAGE = 500;

    private final ShipmentPredictions predictions;
    private final AlertRepository alerts;
    private final AlertSettings settings;
    private final ShipmentRepository shipments;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AlertReconciler reconciler = AlertReconciler.withRandomIds();

    ShipmentReviewer(ShipmentPredictions predictions, AlertRepository alerts, AlertSettings settings,
                     ShipmentRepository shipments, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                     Clock clock) {
        this.predictions = predictions;
        this.alerts = alerts;
        this.settings = settings;
        this.shipments = shipments;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void review(Collection<Shipment> changed) {
        if (changed.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> review(changed, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("{} shipments not reviewed now (the sweep catches up): {}", changed.size(), e.toString());
        }
    }

    /** Predicts and evaluates these shipments as of {@code at}, in the caller's transaction. */
    public void review(Collection<Shipment> changed, Instant at) {
        Map<UUID, ArrivalPrediction> predicted = predictions.refresh(changed, at);
        Map<UUID, List<Stored>> holding = alerts.holdingKeys(changed.stream().map(s -> s.id().value()).toList());
        List<Write> writes = new ArrayList<>();
        for (Shipment shipment : changed) {
            List<Stored> stored = holding.getOrDefault(shipment.id().value(), List.of());
            try {
                Reconciliation outcome = reconcile(shipment, predicted.get(shipment.id().value()), stored, at);
                writes.addAll(writes(shipment, outcome, stored, at));
            } catch (RuntimeException e) {
                // A rule that cannot read this shipment must not hold back its events: its cases stay as they were.
                log.warn("Exception rules of shipment {} failed; its cases are unchanged", shipment.reference(), e);
            }
        }
        alerts.save(writes);
    }

    /**
     * Reviews every open shipment (or those without a prediction yet), page by page, each page in its own
     * transaction; returns how many.
     */
    public int reviewOpen(boolean onlyUnpredicted) {
        int reviewed = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<UUID> ids = jdbc.queryForList("""
                    SELECT s.id FROM shipment s WHERE s.status NOT IN ('CANCELLED', 'COMPLETED') AND s.id > ?
                      AND (NOT ? OR NOT EXISTS (SELECT 1 FROM shipment_prediction p WHERE p.shipment_id = s.id))
                    ORDER BY s.id LIMIT ?""", UUID.class, from, onlyUnpredicted, PAGE);
            if (ids.isEmpty()) {
                return reviewed;
            }
            transaction.executeWithoutResult(status -> review(shipments.findAllById(ids), clock.instant()));
            reviewed += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    private Reconciliation reconcile(Shipment shipment, ArrivalPrediction prediction, List<Stored> stored, Instant at) {
        List<Alert> existing = stored.stream().map(Stored::alert).toList();
        if (shipment.isCancelled()) {
            return reconciler.reconcile(shipment.id(), existing, List.of(),
                    (code, subject) -> "the shipment was cancelled", at);
        }
        AlertContext.Builder context = AlertContext.of(shipment, at).tariffs(settings.tariffs())
                .calendars(settings.calendars()).thresholds(settings.book());
        if (prediction != null) {
            context.prediction(prediction);
        }
        return reconciler.reevaluate(context.build(), settings.rules(), existing);
    }

    private List<Write> writes(Shipment shipment, Reconciliation outcome, List<Stored> stored, Instant at) {
        ShipmentDetails d = shipment.details();
        Filing filing = new Filing(d.region(), d.customer().code(), d.carrier() == null ? null : d.carrier().toString());
        Thresholds thresholds = settings.thresholdsFor(d.customer().code(), d.region());
        Map<UUID, Integer> storedHistory = new java.util.HashMap<>();
        stored.forEach(s -> storedHistory.put(s.alert().id().value(), s.storedHistory()));
        List<Write> writes = new ArrayList<>();
        List<Alert> all = new ArrayList<>();
        all.addAll(outcome.opened());
        all.addAll(outcome.updated());
        all.addAll(outcome.cleared());
        all.addAll(outcome.unchanged().stream().filter(a -> storedHistory.containsKey(a.id().value())).toList());
        for (Alert a : all) {
            writes.add(new Write(a, filing, Priority.of(a.finding(), thresholds, at),
                    storedHistory.getOrDefault(a.id().value(), 0), null));
        }
        return writes;
    }
}

package org.harbormaster.server.shipments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.harbormaster.server.inbox.WaitingEvents;
import org.harbormaster.server.shipments.ShipmentRequest.PlanChange;
import org.harbormaster.shipment.Cancellation;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Booking, reading, re-planning and cancelling shipments. */
@Service
public class ShipmentService {

    private final ShipmentRepository shipments;
    private final WaitingEvents waitingEvents;
    private final ShipmentReview review;
    private final Clock clock;

    public ShipmentService(ShipmentRepository shipments, WaitingEvents waitingEvents, ShipmentReview review,
                           Clock clock) {
        this.shipments = shipments;
        this.waitingEvents = waitingEvents;
        this.review = review;
        this.clock = clock;
    }

    public Shipment book(ShipmentRequest request) {
        boolean referenceGiven = request.reference() != null && !request.reference().isBlank();
        String assigned = referenceGiven ? null : shipments.nextReference(LocalDate.now(clock));
        ShipmentRequestReader.Booking booking = ShipmentRequestReader.read(request, assigned);
        Shipment shipment = Shipment.book(ShipmentId.random(), booking.details(), booking.plan(), clock.instant());
        try {
            shipments.insert(shipment);
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("reference",
                    "'" + shipment.reference() + "' is already used by another shipment")));
        }
        Shipment booked = waitingEvents.applyTo(shipment);
        review.review(List.of(booked));
        return booked;
    }

    public Shipment get(String idOrReference) {
        return shipments.find(idOrReference).orElseThrow(() -> new ShipmentNotFoundException(idOrReference));
    }

    public ShipmentPage list(ShipmentQuery query, String cursor, int limit) {
        return shipments.list(query, cursor, limit);
    }

    /** Replaces the plan; the caller's version (if given) must still be current. */
    public Shipment replan(String idOrReference, PlanChange change, Long expectedVersion) {
        Shipment current = get(idOrReference);
        Plan plan = ShipmentRequestReader.readPlan(change.template(), change.plan(), current.details());
        long version = expectedVersion != null ? expectedVersion : current.version();
        if (version != current.version()) {
            throw new StaleShipmentException(current.reference(), version, current.version());
        }
        Shipment replanned = shipments.update(current.replan(plan));
        review.review(List.of(replanned));
        return replanned;
    }

    public Shipment cancel(String idOrReference, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", "is required")));
        }
        Shipment current = get(idOrReference);
        Shipment cancelled = shipments.update(current.cancel(new Cancellation(reason, clock.instant(), user)));
        review.review(List.of(cancelled));
        return cancelled;
    }
}

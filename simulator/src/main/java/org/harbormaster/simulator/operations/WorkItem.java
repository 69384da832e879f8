package org.harbormaster.simulator.operations;

import java.time.Instant;
import java.util.Objects;
import org.harbormaster.shipment.ShipmentId;

/**
 * Something an operator must act on for one shipment, by a deadline: what the exception engine will call an
 * exception. At most one item of a kind is open per shipment.
 */
public record WorkItem(ShipmentId shipment, Kind kind, Instant raisedAt, Instant deadline, String detail) {

    public enum Kind {
        /** The booked vessel sailed a day ago and no departure is recorded: rolled, or not reported. */
        ROLLOVER_SUSPECTED,
        /**
         * Customs holds the container: the carrier reported the exam, or the container was discharged a day and
         * a half ago with no release recorded (a hold, or a missing report).
         */
        CUSTOMS_HOLD,
        /** Still in the terminal with the last free day close: demurrage is coming. */
        LAST_FREE_DAY_APPROACHING
    }

    public WorkItem {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(deadline, "deadline");
    }
}

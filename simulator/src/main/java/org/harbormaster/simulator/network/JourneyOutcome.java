package org.harbormaster.simulator.network;

import java.time.Instant;
import java.time.LocalDate;
import org.harbormaster.shipment.ShipmentId;

/**
 * What really happened to one shipment, for the report: times (null when not reached), what went wrong,
 * and what it cost. {@code dischargedAtPickup} is the port's discharge for truck-bound containers and the
 * ramp's arrival for rail-bound ones: where the trucker collects it and demurrage runs.
 */
public record JourneyOutcome(int number, ShipmentId shipment, Instant ordered, String customer, String lane, String carrier,
                             String trucker, boolean byRail, boolean inWindow, int containers,
                             Instant departed, Instant arrived, Instant plannedArrival, Instant discharged,
                             Instant released, boolean held, String exam, Instant railDeparted,
                             Instant gateOut, Instant delivered, LocalDate deliveredLocalDate,
                             LocalDate promisedDelivery, Instant emptyReturned, boolean rolled,
                             boolean missedConnection, boolean expedited, boolean replanned, long demurrageDays,
                             long demurrageUsd, long detentionDays, long detentionUsd, long drayageUsd, long railUsd,
                             long storageUsd, boolean truckerMissedAppointment) {

    public boolean finished() {
        return emptyReturned != null;
    }

    static JourneyOutcome of(Journey j) {
        LocalDate deliveredDate = j.delivered == null ? null
                : j.delivered.atZone(org.harbormaster.identity.UnLocode.of(j.customer.door()).zone()).toLocalDate();
        return new JourneyOutcome(j.number, j.id, j.ordered, j.customer.code(), j.lane.code(), j.carrier.scac(), j.trucker.code(),
                j.byRail(), j.inWindow, j.containers.size(), j.departed, j.arrived, j.plannedArrival, j.discharged,
                j.released, j.fate.held(), j.fate.examType(), j.railDeparted, j.gateOut, j.delivered, deliveredDate,
                j.promisedDelivery, j.emptyReturned, j.rolled, j.missedConnection, j.expedited, j.replanned,
                j.demurrageDays, j.demurrageUsd, j.detentionDays, j.detentionUsd, j.drayageUsd, j.railUsd,
                j.storageUsd, j.fate.truckerMisses());
    }
}

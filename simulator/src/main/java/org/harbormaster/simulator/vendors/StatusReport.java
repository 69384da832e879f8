package org.harbormaster.simulator.vendors;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Conveyance;

/**
 * What a vendor tells about one milestone of one shipment: what happened (or is expected), when, where, to
 * which containers, under which booking, on which vessel. The writers turn it into their format's words.
 */
public record StatusReport(Status status, TimeKind kind, Instant at, UnLocode place, List<ContainerNumber> containers,
                           String booking, Conveyance vessel) {

    /** The statuses the simulated vendors send; each writer maps them to its own codes. */
    public enum Status {
        LOADED_ON_VESSEL,
        VESSEL_DEPARTED,
        VESSEL_ARRIVED,
        DISCHARGED_FROM_VESSEL,
        CUSTOMS_HOLD,
        CUSTOMS_RELEASED,
        AVAILABLE_FOR_PICKUP,
        GATE_OUT_FULL,
        RAIL_DEPARTED,
        RAIL_ARRIVED,
        UNLOADED_FROM_RAIL,
        DELIVERED,
        EMPTY_RETURNED;

        /** Transport events concern the vessel or train, and name the booking rather than each container. */
        public boolean isTransport() {
            return this == VESSEL_DEPARTED || this == VESSEL_ARRIVED || this == RAIL_DEPARTED || this == RAIL_ARRIVED;
        }
    }

    public StatusReport {
        containers = List.copyOf(containers);
    }

    public StatusReport at(Instant newTime) {
        return new StatusReport(status, kind, newTime, place, containers, booking, vessel);
    }
}

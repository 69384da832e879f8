package org.harbormaster.shipment;

import java.time.Instant;
import java.util.List;
import org.harbormaster.identity.UnLocode;

/**
 * The few facts a plan template needs: ports, the main carriage's schedule and carrier, doors, the inland
 * ramp for rail, and the vendors known so far. Anything not known yet may be null; the template says which
 * facts its flow cannot do without.
 */
public record PlanInputs(UnLocode originPort, UnLocode destinationPort, List<UnLocode> transshipmentPorts,
                         Instant departure, Instant arrival, Vendor carrier, Conveyance conveyance,
                         Location originDoor, Location destinationDoor, UnLocode inlandRamp,
                         Vendor originTrucker, Vendor destinationTrucker, Vendor railCarrier) {

    public PlanInputs {
        transshipmentPorts = List.copyOf(transshipmentPorts == null ? List.of() : transshipmentPorts);
    }

    public static Builder between(UnLocode originPort, UnLocode destinationPort) {
        return new Builder(originPort, destinationPort);
    }

    /** Reads like the booking: {@code between(CNYTN, USLGB).sailing(etd, eta).via(KRPUS).deliveringTo(door)}. */
    public static final class Builder {
        private final UnLocode originPort;
        private final UnLocode destinationPort;
        private List<UnLocode> transshipments = List.of();
        private Instant departure;
        private Instant arrival;
        private Vendor carrier;
        private Conveyance conveyance;
        private Location originDoor;
        private Location destinationDoor;
        private UnLocode inlandRamp;
        private Vendor originTrucker;
        private Vendor destinationTrucker;
        private Vendor railCarrier;

        private Builder(UnLocode originPort, UnLocode destinationPort) {
            this.originPort = originPort;
            this.destinationPort = destinationPort;
        }

        public Builder sailing(Instant departure, Instant arrival) {
            this.departure = departure;
            this.arrival = arrival;
            return this;
        }

        public Builder via(UnLocode... hubs) {
            this.transshipments = List.of(hubs);
            return this;
        }

        public Builder carrier(Vendor carrier, Conveyance conveyance) {
            this.carrier = carrier;
            this.conveyance = conveyance;
            return this;
        }

        public Builder pickingUpAt(Location door, Vendor trucker) {
            this.originDoor = door;
            this.originTrucker = trucker;
            return this;
        }

        public Builder deliveringTo(Location door, Vendor trucker) {
            this.destinationDoor = door;
            this.destinationTrucker = trucker;
            return this;
        }

        public Builder byRailTo(UnLocode ramp, Vendor railroad) {
            this.inlandRamp = ramp;
            this.railCarrier = railroad;
            return this;
        }

        public PlanInputs build() {
            return new PlanInputs(originPort, destinationPort, transshipments, departure, arrival, carrier,
                    conveyance, originDoor, destinationDoor, inlandRamp, originTrucker, destinationTrucker,
                    railCarrier);
        }
    }
}

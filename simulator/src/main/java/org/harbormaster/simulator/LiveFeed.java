package org.harbormaster.simulator;

import java.time.Instant;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.simulator.vendors.Sender;

/**
 * What a run shows the outside world as it goes: each shipment as it is booked and each vendor message as it
 * is received, wire bytes and all. {@code serve --demo} can book the shipments in the live system and feed
 * the messages to its real inbox while advancing a {@link SimulationRun} in accelerated real time.
 */
public interface LiveFeed {

    LiveFeed NONE = new LiveFeed() {
    };

    default void booked(Shipment shipment) {
    }

    default void message(Sender sender, byte[] message, Instant receivedAt) {
    }
}

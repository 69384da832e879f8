package org.harbormaster.simulator.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.simulator.network.Timetable.Sailing;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * One simulated shipment's physical journey: who moves it, what fate holds for it, and what really happened
 * when. Harbormaster's own copy of the shipment (in the in-memory store) knows only what was reported.
 */
public final class Journey {

    final int number;
    final ShipmentId id;
    final Scenario.CustomerProfile customer;
    final Scenario.Lane lane;
    final List<ContainerNumber> containers;
    final String booking;
    final Scenario.Carrier carrier;
    final Scenario.Terminal terminal;
    final Scenario.Terminal ramp;
    final Scenario.DrayageVendor trucker;
    final Scenario.RailVendor railroad;
    final Fate fate;
    final SplittableRandom noise;
    final boolean inWindow;

    final List<Sailing> plannedSailings = new ArrayList<>();
    final List<Sailing> sailings = new ArrayList<>();
    Instant ordered;
    Instant plannedArrival;
    LocalDate promisedDelivery;

    // what really happened
    Instant departed;
    Instant arrived;
    Instant discharged;
    Instant released;
    Instant available;
    Instant railDeparted;
    Instant railArrived;
    Instant rampAvailable;
    Instant consigneeReady;
    Instant pickupBooked;
    Instant gateOut;
    Instant delivered;
    Instant emptyReturned;
    boolean rolled;
    boolean missedConnection;
    boolean expedited;
    boolean replanned;
    int pickupGeneration;
    long demurrageUsd;
    long detentionUsd;
    long demurrageDays;
    long detentionDays;
    long drayageUsd;
    long railUsd;
    long storageUsd;

    Journey(int number, ShipmentId id, Scenario.CustomerProfile customer, Scenario.Lane lane,
            List<ContainerNumber> containers, String booking, Scenario.Carrier carrier, Scenario.Terminal terminal,
            Scenario.Terminal ramp, Scenario.DrayageVendor trucker, Scenario.RailVendor railroad, Fate fate,
            SplittableRandom noise, boolean inWindow) {
        this.number = number;
        this.id = id;
        this.customer = customer;
        this.lane = lane;
        this.containers = List.copyOf(containers);
        this.booking = booking;
        this.carrier = carrier;
        this.terminal = terminal;
        this.ramp = ramp;
        this.trucker = trucker;
        this.railroad = railroad;
        this.fate = fate;
        this.noise = noise;
        this.inWindow = inWindow;
    }

    public ShipmentId id() {
        return id;
    }

    public boolean byRail() {
        return railroad != null;
    }

    /** Where the trucker collects the container: the port, or the inland ramp. */
    Scenario.Terminal pickupTerminal() {
        return byRail() ? ramp : terminal;
    }

    public boolean inWindow() {
        return inWindow;
    }

    public JourneyOutcome outcome() {
        return JourneyOutcome.of(this);
    }

    public boolean finished() {
        return emptyReturned != null;
    }
}

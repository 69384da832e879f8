package org.harbormaster.simulator.network;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.simulator.engine.EventQueue;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.inbox.InMemoryShipments;
import org.harbormaster.simulator.network.DailyCapacity.Resource;
import org.harbormaster.simulator.network.Timetable.Sailing;
import org.harbormaster.simulator.operations.DispatchRule;
import org.harbormaster.simulator.operations.WorkItem;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.vendors.Sender;
import org.harbormaster.simulator.vendors.StatusReport;
import org.harbormaster.simulator.vendors.StatusReport.Status;
import org.harbormaster.simulator.vendors.VendorOutboxes;

/**
 * FCL imports through the network, from the customer's order to the empty's return. Customers order at
 * their yearly rate (a Poisson process); each order is booked as a Harbormaster shipment with the plan
 * template for its flow, then sails, waits, is released, railed and trucked as the scenario and its fate
 * decide, every step reported by the vendor that sees it. Operators' actions come back in through
 * {@link #act(WorkItem)}.
 */
public final class ImportFlow {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final double DAY_SECONDS = 86_400;

    private final Scenario scenario;
    private final Scenario.OperatingPolicy policy;
    private final DispatchRule dispatch;
    private final EventQueue queue;
    private final RandomStreams random;
    private final Timetable timetable;
    private final ScheduleReliability reliability;
    private final InMemoryShipments shipments;
    private final VendorOutboxes outboxes;
    private final DailyCapacity capacity = new DailyCapacity();
    private final BookingDesk desk;
    private final Instant windowEnd;
    private final List<Journey> journeys = new ArrayList<>();
    private final List<Journey> active = new ArrayList<>();
    private final java.util.Map<ShipmentId, Journey> byShipment = new java.util.HashMap<>();
    private java.util.function.Consumer<Shipment> bookingListener = shipment -> {
    };

    public ImportFlow(Scenario scenario, Scenario.OperatingPolicy policy, EventQueue queue, RandomStreams random,
                      InMemoryShipments shipments, VendorOutboxes outboxes, Instant windowEnd) {
        this.scenario = scenario;
        this.policy = policy;
        this.dispatch = DispatchRule.valueOf(policy.dispatch());
        this.queue = queue;
        this.random = random;
        this.timetable = new Timetable(scenario);
        this.desk = new BookingDesk(scenario, policy, random, timetable, shipments);
        this.reliability = new ScheduleReliability(random, timetable, scenario);
        this.shipments = shipments;
        this.outboxes = outboxes;
        this.windowEnd = windowEnd;
    }

    public List<Journey> journeys() {
        return journeys;
    }

    public ScheduleReliability reliability() {
        return reliability;
    }

    public Journey journey(ShipmentId id) {
        return byShipment.get(id);
    }

    /** The journeys not yet finished, for the daily review; finished ones are dropped as it goes. */
    public List<Journey> active() {
        active.removeIf(Journey::finished);
        return active;
    }

    /** Told of every shipment as it is booked (the live demo books it in the running system too). */
    public void onBooking(java.util.function.Consumer<Shipment> listener) {
        this.bookingListener = listener;
    }

    /** Starts every customer's orders. */
    public void start() {
        for (int i = 0; i < scenario.customers().size(); i++) {
            Scenario.CustomerProfile customer = scenario.customers().get(i);
            SplittableRandom orders = random.stream(RandomStreams.ORDERS, i);
            nextOrder(customer, orders);
        }
    }

    /**
     * The customer's next order: a Poisson process at the busiest month's rate, each candidate kept with the
     * share its month has of that rate (thinning), so that orders follow the customer's seasons.
     */
    private void nextOrder(Scenario.CustomerProfile customer, SplittableRandom orders) {
        double busiest = customer.busiestFactor();
        double meanGapDays = 365.0 / (customer.shipmentsPerYear() * busiest);
        Instant at = queue.now().plusSeconds(Math.round(RandomStreams.exponential(orders, meanGapDays) * DAY_SECONDS));
        if (at.isAfter(windowEnd)) {
            return;
        }
        queue.at(at, () -> {
            double keep = customer.seasonalFactor(at.atZone(java.time.ZoneOffset.UTC).getMonth()) / busiest;
            double laneDraw = orders.nextDouble();
            int containers = orders.nextInt(customer.maxContainersPerShipment()) + 1;
            if (orders.nextDouble() < keep) {
                order(customer, laneDraw, containers);
            }
            nextOrder(customer, orders);
        });
    }

    // ---- booking ----

    private void order(Scenario.CustomerProfile customer, double laneDraw, int containerCount) {
        Journey j = desk.open(journeys.size() + 1, customer, laneDraw, containerCount, !queue.now().isAfter(windowEnd));
        journeys.add(j);
        active.add(j);
        byShipment.put(j.id, j);
        Shipment shipment = desk.book(j, queue.now());
        bookingListener.accept(shipment);
        Sailing firstSailing = j.plannedSailings.get(0);
        queue.at(firstSailing.departs().minus(Duration.ofHours(20)), () -> load(j, 0, firstSailing));
    }

    // ---- the voyage ----

    private void load(Journey j, int leg, Sailing booked) {
        Sailing sailing = booked;
        if (leg == 0 && j.fate.rolled()) {
            sailing = booked.next();
            j.rolled = true;
        }
        j.sailings.add(sailing);
        Sailing onBoard = sailing;
        Instant departs = reliability.departure(onBoard);
        Instant loaded = departs.minus(Duration.ofHours(20));
        queue.at(loaded, () -> carrierReports(j, Status.LOADED_ON_VESSEL, port(onBoard, true, j), onBoard));
        queue.at(departs, () -> depart(j, leg, onBoard));
    }

    private void depart(Journey j, int leg, Sailing sailing) {
        if (leg == 0) {
            j.departed = queue.now();
        }
        Instant arrives = reliability.arrival(sailing);
        UnLocode to = port(sailing, false, j);
        Instant eta = sailing.arrives().plus(Duration.between(sailing.arrives(), arrives).multipliedBy(6).dividedBy(10));
        StatusReport departed = report(j, Status.VESSEL_DEPARTED, TimeKind.ACTUAL, queue.now(), port(sailing, true, j),
                sailing);
        outboxes.report(carrier(j), departed, j.noise, to, eta);
        Instant update = arrives.minus(Duration.ofDays(3));
        if (update.isAfter(queue.now()) && carrier(j).format() == EventFormat.DCSA) {
            queue.at(update, () -> outboxes.report(carrier(j), report(j, Status.VESSEL_ARRIVED, TimeKind.ESTIMATED,
                    arrives.plus(Duration.ofHours(3)), to, sailing), j.noise));
        }
        queue.at(arrives, () -> arrive(j, leg, sailing));
    }

    private void arrive(Journey j, int leg, Sailing sailing) {
        UnLocode at = port(sailing, false, j);
        carrierReports(j, Status.VESSEL_ARRIVED, at, sailing);
        boolean last = leg == j.lane.services().size() - 1;
        Instant discharged = queue.now().plusSeconds(Math.round(j.fate.dischargeHours() * 3600));
        if (!last) {
            queue.at(discharged, () -> {
                carrierReports(j, Status.DISCHARGED_FROM_VESSEL, at, sailing);
                connect(j, leg + 1);
            });
            return;
        }
        j.arrived = queue.now();
        queue.at(discharged, () -> discharge(j, at));
    }

    /** At a hub: the booked connecting sailing if there is still a day to make it, else the next that can be made. */
    private void connect(Journey j, int leg) {
        Sailing sailing = j.plannedSailings.get(leg);
        Instant ready = queue.now().plus(Duration.ofDays(1));
        while (reliability.departure(sailing).isBefore(ready)) {
            sailing = sailing.next();
            j.missedConnection = true;
        }
        Sailing onBoard = sailing;
        Instant departs = reliability.departure(onBoard);
        Instant loaded = departs.minus(Duration.ofHours(12));
        j.sailings.add(onBoard);
        queue.at(loaded, () -> carrierReports(j, Status.LOADED_ON_VESSEL, port(onBoard, true, j), onBoard));
        queue.at(departs, () -> depart(j, leg, onBoard));
    }

    // ---- the port of discharge ----

    private void discharge(Journey j, UnLocode port) {
        j.discharged = queue.now();
        carrierReports(j, Status.DISCHARGED_FROM_VESSEL, port, null);
        double releaseDays = j.fate.held() ? j.fate.examDays() : j.fate.releaseHours() / 24;
        j.released = queue.now().plusSeconds(Math.round(releaseDays * DAY_SECONDS));
        queue.at(j.released, () -> carrierReports(j, Status.CUSTOMS_RELEASED, port, null));
        if (j.fate.held() && carrier(j).format() == EventFormat.DCSA) {
            // DCSA carriers tell of the exam (T&T 3.0 CUSI); X12 315 has no status for it
            queue.at(j.discharged.plus(Duration.ofHours(4)), () -> carrierReports(j, Status.CUSTOMS_HOLD, port, null));
        }
        double extraDays = j.terminal.congestionOn(j.discharged.atZone(port.zone()).toLocalDate())
                .map(Scenario.Congestion::extraDwellDays).orElse(0.0);
        Instant dwellEnds = j.discharged.plusSeconds(Math.round((j.fate.naturalDwellDays() + extraDays) * DAY_SECONDS));
        if (j.byRail()) {
            Instant wanted = latest(dwellEnds, j.released.plus(Duration.ofHours(2)));
            ZoneId zone = port.zone();
            Instant departs = capacity.book(wanted, zone, j.containers.size(),
                    Resource.fixed("rail " + j.railroad.code() + " " + j.railroad.from(), j.railroad.capacityPerDay()));
            queue.at(departs, () -> railDepart(j, port));
            return;
        }
        j.available = latest(j.released, j.discharged.plusSeconds(
                Math.round(j.fate.availableHours() * 3600 + extraDays * DAY_SECONDS)));
        queue.at(j.available, () -> carrierReports(j, Status.AVAILABLE_FOR_PICKUP, port, null));
        j.consigneeReady = latest(dwellEnds, j.available.plus(HOUR));
        dispatchTrucker(j, port);
    }

    private void railDepart(Journey j, UnLocode port) {
        j.railDeparted = queue.now();
        j.railUsd = (long) j.railroad.usdPerContainer() * j.containers.size();
        UnLocode ramp = UnLocode.of(j.railroad.to());
        outboxes.report(railroad(j), report(j, Status.RAIL_DEPARTED, TimeKind.ACTUAL, queue.now(), port, null), j.noise);
        double transit = Math.max(1.5, j.railroad.transitDays() + j.fate.railDelayDays());
        Instant arrives = queue.now().plusSeconds(Math.round(transit * DAY_SECONDS));
        queue.at(arrives, () -> railArrive(j, ramp));
    }

    private void railArrive(Journey j, UnLocode ramp) {
        j.railArrived = queue.now();
        outboxes.report(railroad(j), report(j, Status.RAIL_ARRIVED, TimeKind.ACTUAL, queue.now(), ramp, null), j.noise);
        Instant unloaded = queue.now().plus(Duration.ofHours(3));
        queue.at(unloaded, () -> outboxes.report(railroad(j),
                report(j, Status.UNLOADED_FROM_RAIL, TimeKind.ACTUAL, unloaded, ramp, null), j.noise));
        j.rampAvailable = queue.now().plusSeconds(Math.round(j.ramp.availableAfterHours() * 3600));
        queue.at(j.rampAvailable, () -> outboxes.report(railroad(j),
                report(j, Status.AVAILABLE_FOR_PICKUP, TimeKind.ACTUAL, j.rampAvailable, ramp, null), j.noise));
        Instant dwellEnds = j.railArrived.plusSeconds(Math.round(j.fate.rampDwellDays() * DAY_SECONDS));
        j.consigneeReady = latest(dwellEnds, j.rampAvailable.plus(HOUR));
        dispatchTrucker(j, ramp);
    }

    // ---- drayage ----

    private void dispatchTrucker(Journey j, UnLocode at) {
        Instant ready = j.byRail() ? j.rampAvailable : j.available;
        Instant wanted = dispatch == DispatchRule.ON_AVAILABILITY ? ready.plus(Duration.ofHours(2)) : j.consigneeReady;
        if (j.fate.truckerMisses()) {
            wanted = wanted.plus(Duration.ofDays(1));
        }
        bookPickup(j, at, wanted);
    }

    private void bookPickup(Journey j, UnLocode at, Instant wanted) {
        Scenario.Terminal terminal = j.pickupTerminal();
        j.pickupBooked = capacity.book(wanted, at.zone(), j.containers.size(), pickupResources(j, terminal));
        int generation = ++j.pickupGeneration;
        queue.at(j.pickupBooked, () -> {
            if (generation == j.pickupGeneration) {
                gateOut(j, at);
            }
        });
    }

    private Resource[] pickupResources(Journey j, Scenario.Terminal terminal) {
        return new Resource[] {new Resource("appointments " + terminal.port(), terminal::appointmentsOn),
                Resource.fixed("trucker " + j.trucker.code(), j.trucker.capacityPerDay())};
    }

    private void gateOut(Journey j, UnLocode at) {
        j.gateOut = queue.now();
        if (!j.byRail()) {
            carrierReports(j, Status.GATE_OUT_FULL, at, null);
        }
        truckerReports(j, Status.GATE_OUT_FULL, queue.now(), at);
        Scenario.Terminal terminal = j.pickupTerminal();
        Instant dischargedThere = j.byRail() ? j.railArrived : j.discharged;
        j.demurrageDays = Charges.demurrageDays(dischargedThere, j.gateOut, terminal, at.zone()) * j.containers.size();
        j.demurrageUsd = Charges.demurrageUsd(dischargedThere, j.gateOut, terminal, at.zone()) * j.containers.size();
        j.drayageUsd = (long) j.trucker.usdPerMove() * j.containers.size();
        Instant direct = queue.now().plusSeconds(Math.round(j.fate.deliveryHours() * 3600));
        Instant delivered = direct;
        if (j.consigneeReady.isAfter(direct)) {
            delivered = j.consigneeReady.plusSeconds(Math.round(j.fate.deliveryHours() * 3600));
            long yardDays = (long) Math.ceil(Duration.between(direct, delivered).getSeconds() / DAY_SECONDS);
            j.storageUsd = (yardDays * policy.yardStorageUsdPerDay() + policy.prePullUsd()) * j.containers.size();
        }
        Instant deliveredAt = delivered;
        queue.at(deliveredAt, () -> deliver(j, at));
    }

    private void deliver(Journey j, UnLocode pickedUpAt) {
        j.delivered = queue.now();
        truckerReports(j, Status.DELIVERED, queue.now(), UnLocode.of(j.customer.door()));
        double emptyDays = j.fate.unloadDays() + j.fate.returnHours() / 24;
        Instant back = queue.now().plusSeconds(Math.round(emptyDays * DAY_SECONDS));
        queue.at(back, () -> returnEmpty(j, pickedUpAt));
    }

    private void returnEmpty(Journey j, UnLocode at) {
        j.emptyReturned = queue.now();
        truckerReports(j, Status.EMPTY_RETURNED, queue.now(), at);
        if (!j.byRail()) {
            carrierReports(j, Status.EMPTY_RETURNED, at, null);
        }
        Scenario.Terminal terminal = j.pickupTerminal();
        long days = Charges.detentionDays(j.gateOut, j.emptyReturned, terminal, at.zone());
        j.detentionDays = days * j.containers.size();
        j.detentionUsd = days * terminal.detentionUsdPerDay() * j.containers.size();
    }

    // ---- operators' actions ----

    /** The suggested action for a work item, taken by the operator who handled it. */
    public void act(WorkItem item, Journey j) {
        switch (item.kind()) {
            case LAST_FREE_DAY_APPROACHING -> expedite(j);
            case ROLLOVER_SUSPECTED -> replanRolled(j);
            case CUSTOMS_HOLD -> {
                // the broker is chased and the customer warned; the exam takes as long as it takes
            }
            default -> throw new IllegalStateException("unhandled " + item.kind());
        }
    }

    private void expedite(Journey j) {
        if (!policy.expediteBeforeLastFreeDay() || j.gateOut != null || j.pickupBooked == null) {
            return;
        }
        Instant ready = j.byRail() ? j.rampAvailable : j.available;
        if (ready == null) {
            return;
        }
        // a container can be collected only once it is available: not through a hold, not before the yard has it
        Instant soonest = latest(queue.now().plus(Duration.ofHours(2)), ready.plus(HOUR));
        if (!j.pickupBooked.isAfter(soonest)) {
            return;
        }
        UnLocode at = UnLocode.of(j.pickupTerminal().port());
        capacity.release(j.pickupBooked, at.zone(), j.containers.size(), pickupResources(j, j.pickupTerminal()));
        j.expedited = true;
        bookPickup(j, at, soonest);
    }

    private void replanRolled(Journey j) {
        if (!policy.replanRolledContainers() || !j.rolled || j.replanned || j.sailings.isEmpty()) {
            return;
        }
        Sailing sailing = j.sailings.get(0);
        Instant arrival = j.plannedArrival.plus(Timetable.WEEK);
        Shipment current = shipments.get(j.id);
        Plan plan = desk.plan(j, sailing.departs(), arrival, timetable.conveyance(sailing));
        shipments.save(current.replan(plan));
        j.replanned = true;
    }

    // ---- who reports ----

    private void carrierReports(Journey j, Status status, UnLocode place, Sailing sailing) {
        outboxes.report(carrier(j), report(j, status, TimeKind.ACTUAL, queue.now(), place, sailing), j.noise);
    }

    private void truckerReports(Journey j, Status status, Instant at, UnLocode place) {
        outboxes.report(new Sender(j.trucker.code(), Sender.format(j.trucker.reports())),
                report(j, status, TimeKind.ACTUAL, at, place, null), j.noise);
    }

    private StatusReport report(Journey j, Status status, TimeKind kind, Instant at, UnLocode place, Sailing sailing) {
        return new StatusReport(status, kind, at, place, j.containers, j.booking,
                sailing == null ? null : timetable.conveyance(sailing));
    }

    private static Sender carrier(Journey j) {
        return new Sender(j.carrier.scac(), Sender.format(j.carrier.reports()));
    }

    private static Sender railroad(Journey j) {
        return new Sender(j.railroad.code(), Sender.format(j.railroad.reports()));
    }

    private UnLocode port(Sailing sailing, boolean from, Journey j) {
        Scenario.Service service = timetable.service(sailing.service());
        return UnLocode.of(service.calls().get(from ? sailing.fromCall() : sailing.toCall()).port());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package org.harbormaster.simulator.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.inbox.InMemoryShipments;
import org.harbormaster.simulator.network.Timetable.Sailing;
import org.harbormaster.simulator.operations.VendorChoice;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * Where orders become bookings: the lane is drawn by the customer's shares, the trucker and railroad chosen
 * by the policy, the sailings booked from the timetable, and the shipment created in Harbormaster with
 * {@link PlanTemplate}, promised for the planned delivery plus the customer's slack.
 */
final class BookingDesk {

    private static final double DAY_SECONDS = 86_400;

    private final Scenario scenario;
    private final Scenario.OperatingPolicy policy;
    private final RandomStreams random;
    private final Timetable timetable;
    private final InMemoryShipments shipments;
    private int containerSerial;

    BookingDesk(Scenario scenario, Scenario.OperatingPolicy policy, RandomStreams random, Timetable timetable,
                InMemoryShipments shipments) {
        this.scenario = scenario;
        this.policy = policy;
        this.random = random;
        this.timetable = timetable;
        this.shipments = shipments;
    }

    /** A new journey for a customer's order: its lane, carrier, vendors, containers, booking and fate. */
    Journey open(int number, Scenario.CustomerProfile customer, double laneDraw, int containerCount, boolean inWindow) {
        Scenario.Lane lane = pickLane(customer, laneDraw);
        Scenario.Service first = timetable.service(timetable.serviceIndex(lane.services().get(0)));
        Scenario.Carrier carrier = scenario.carrier(first.carrier()).orElseThrow();
        Scenario.Terminal terminal = scenario.terminal(lane.destination()).orElseThrow();
        Scenario.Terminal ramp = customer.byRail() ? scenario.terminal(customer.railRamp()).orElseThrow() : null;
        Scenario.RailVendor railroad = customer.byRail() ? chooseRailroad(lane.destination(), customer.railRamp(), number)
                : null;
        String pickupAt = customer.byRail() ? customer.railRamp() : lane.destination();
        Scenario.DrayageVendor trucker = chooseTrucker(pickupAt, number);
        Scenario.CustomsRegime customs = scenario.customsOf(lane.destination().substring(0, 2)).orElse(null);
        SplittableRandom fateStream = random.stream(RandomStreams.SHIPMENT_FATE, number);
        Fate fate = Fate.draw(fateStream, carrier, terminal, ramp, customs, trucker, railroad,
                truckDwellAddedDays(terminal, customs));
        List<ContainerNumber> containers = new ArrayList<>();
        for (int i = 0; i < containerCount; i++) {
            containers.add(nextContainer(carrier.containerPrefix()));
        }
        String booking = carrier.scac().substring(0, 3) + String.format(Locale.ROOT, "%09d", 260_000_000 + number);
        ShipmentId id = new ShipmentId(new UUID(random.stream(RandomStreams.SHIPMENT_FATE, number, 1).nextLong(),
                number));
        Journey j = new Journey(number, id, customer, lane, containers, booking, carrier, terminal, ramp, trucker,
                railroad, fate, random.stream(RandomStreams.REPORTING, number), inWindow);
        return j;
    }

    private Scenario.Lane pickLane(Scenario.CustomerProfile customer, double u) {
        double cumulative = 0;
        for (Scenario.LaneShare share : customer.lanes()) {
            cumulative += share.share();
            if (u < cumulative) {
                return scenario.lane(share.lane()).orElseThrow();
            }
        }
        return scenario.lane(customer.lanes().get(customer.lanes().size() - 1).lane()).orElseThrow();
    }

    private Scenario.DrayageVendor chooseTrucker(String place, int turn) {
        List<Scenario.DrayageVendor> serving = scenario.drayageVendors().stream()
                .filter(d -> d.serves().contains(place)).toList();
        return VendorChoice.valueOf(policy.drayageChoice()).choose(serving, Scenario.DrayageVendor::usdPerMove,
                Scenario.DrayageVendor::onTimeShare, turn);
    }

    private Scenario.RailVendor chooseRailroad(String from, String to, int turn) {
        List<Scenario.RailVendor> serving = scenario.railVendors().stream()
                .filter(r -> r.from().equals(from) && r.to().equals(to)).toList();
        return VendorChoice.valueOf(policy.railChoice()).choose(serving, Scenario.RailVendor::usdPerContainer,
                Scenario.RailVendor::onTimeShare, turn);
    }

    /**
     * What missed appointments and customs exams add on average to a truck-bound container's stay at a
     * terminal: the mean miss rate of the truckers serving it times the day a miss costs, plus half the mean
     * exam time for the share held (the other half overlaps the consignee's own wait). Independent of the
     * policy, so that every policy faces the same consignees.
     */
    private double truckDwellAddedDays(Scenario.Terminal terminal, Scenario.CustomsRegime customs) {
        double missRate = scenario.drayageVendors().stream().filter(d -> d.serves().contains(terminal.port()))
                .mapToDouble(d -> 1 - d.onTimeShare()).average().orElse(0);
        double exams = customs == null ? 0 : customs.holdRate() * customs.exams().stream()
                .mapToDouble(e -> e.share() * (e.minDays() + e.maxDays()) / 2).sum();
        return missRate + exams / 2;
    }

    private ContainerNumber nextContainer(String prefix) {
        String firstTen = prefix + String.format(Locale.ROOT, "%06d", ++containerSerial % 1_000_000);
        return ContainerNumber.of(firstTen + ContainerNumber.checkDigit(firstTen));
    }

    /**
     * Books the journey's sailings (the first that leaves two days after the cargo is ready, and at a hub the
     * first connection two days after arriving) and creates it in Harbormaster as a shipment planned with
     * the template for its flow.
     */
    Shipment book(Journey j, Instant now) {
        j.ordered = now;
        Instant cargoReady = now.plusSeconds(Math.round(j.fate.cargoReadyDays() * DAY_SECONDS));
        Instant notBefore = cargoReady.plus(Duration.ofDays(2));
        List<String> stops = stops(j.lane);
        for (int leg = 0; leg < j.lane.services().size(); leg++) {
            int service = timetable.serviceIndex(j.lane.services().get(leg));
            Sailing sailing = timetable.firstSailing(service, stops.get(leg), stops.get(leg + 1), notBefore);
            j.plannedSailings.add(sailing);
            notBefore = sailing.arrives().plus(Duration.ofDays(2));
        }
        Sailing firstSailing = j.plannedSailings.get(0);
        j.plannedArrival = j.plannedSailings.get(j.plannedSailings.size() - 1).arrives();
        Plan plan = plan(j, firstSailing.departs(), j.plannedArrival, timetable.conveyance(firstSailing));
        ShipmentDetails details = details(j, plan);
        Shipment shipment = Shipment.book(j.id, details, plan, now);
        shipments.add(shipment);
        return shipment;
    }

    /** The plan the template drafts for the journey, on the given sailing. */
    Plan plan(Journey j, Instant departure, Instant arrival, Conveyance conveyance) {
        PlanInputs.Builder inputs = PlanInputs.between(UnLocode.of(j.lane.origin()), UnLocode.of(j.lane.destination()))
                .sailing(departure, arrival)
                .via(j.lane.via().stream().map(UnLocode::of).toArray(UnLocode[]::new))
                .carrier(new Vendor(j.carrier.scac(), j.carrier.name()), conveyance)
                .deliveringTo(new Location(UnLocode.of(j.customer.door()), j.customer.name()),
                        new Vendor(j.trucker.code(), j.trucker.name()));
        PlanTemplate template = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR;
        if (j.byRail()) {
            inputs.byRailTo(UnLocode.of(j.customer.railRamp()), new Vendor(j.railroad.code(), j.railroad.name()));
            template = PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR;
        }
        return template.draft(inputs.build());
    }

    private ShipmentDetails details(Journey j, Plan plan) {
        Milestone delivery = plan.impliedMilestones().stream().filter(m -> m.type() == MilestoneType.DELIVERED)
                .findFirst().orElseThrow();
        j.promisedDelivery = delivery.planned().atZone(delivery.location().zone()).toLocalDate()
                .plusDays(j.customer.promiseSlackDays());
        List<Container> boxes = j.containers.stream().map(c -> new Container(c, SizeType.of("45G1"))).toList();
        return new ShipmentDetails("HM-" + j.number, new Customer(j.customer.code(), j.customer.name()), Mode.OCEAN_FCL,
                Direction.IMPORT, Incoterm.FOB, List.of(), Place.port(UnLocode.of(j.lane.origin())),
                Place.port(UnLocode.of(j.customer.door())), Cargo.ofContainers(boxes),
                List.of(new CarrierReference(ReferenceType.BOOKING, j.booking)), Scac.of(j.carrier.scac()),
                "US imports", j.customer.tier(), j.promisedDelivery, null);
    }

    private static List<String> stops(Scenario.Lane lane) {
        List<String> stops = new ArrayList<>();
        stops.add(lane.origin());
        stops.addAll(lane.via());
        stops.add(lane.destination());
        return stops;
    }
}

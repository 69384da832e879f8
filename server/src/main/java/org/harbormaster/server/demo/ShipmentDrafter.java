package org.harbormaster.server.demo;

import static org.harbormaster.server.demo.DemoCatalog.locode;
import static org.harbormaster.server.demo.DemoSailings.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.server.demo.DemoCatalog.Airline;
import org.harbormaster.server.demo.DemoCatalog.Company;
import org.harbormaster.server.demo.DemoCatalog.OceanCarrier;
import org.harbormaster.server.demo.DemoCatalog.RailRoute;
import org.harbormaster.server.demo.DemoCatalog.Site;
import org.harbormaster.server.demo.DemoSailings.Delays;
import org.harbormaster.server.demo.DemoSailings.Sailing;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Party;
import org.harbormaster.shipment.PartyRole;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.Vendor;

/**
 * Books one shipment on a lane as an operator would: picks the customer's door and the ports, a carrier
 * and its next sailing, the cargo, the references known so far and the quoted budget, and drafts the plan
 * from the lane's template. What happens afterwards is {@link MilestoneProgress}'s business.
 */
final class ShipmentDrafter {

    /** A booked shipment before it gets our reference, which follows booking order. */
    record Draft(Instant createdAt, Plan plan, Function<String, ShipmentDetails> details, Delays delays) {
    }

    /** Ocean departures spread from about 45 days back to about 30 ahead; air is booked days, not weeks, ahead. */
    private static final int OCEAN_DAYS_BACK = 45;
    private static final int OCEAN_DAYS_AHEAD = 26;
    private static final double SAILED_SHARE = 0.8;
    private static final int AIR_DAYS_BACK = 9;
    private static final int AIR_DAYS_AHEAD = 5;
    private static final double ROLLOVER_SHARE = 0.05;
    private static final Duration ROLLOVER = Duration.ofDays(7);
    /** A few customers are promised the plan itself; most get the buffer forwarders add to a carrier's schedule. */
    private static final double TIGHT_PROMISE_SHARE = 0.2;

    private static final SizeType DRY_20 = SizeType.of("22G1");
    private static final SizeType DRY_40 = SizeType.of("42G1");
    private static final SizeType HIGH_CUBE_40 = SizeType.of("45G1");
    private static final SizeType REEFER_20 = SizeType.of("22R1");
    private static final SizeType REEFER_40 = SizeType.of("45R1");

    private final Random random;
    private final Instant now;
    private final DemoSailings sailings;
    private final DemoNumbers numbers;
    private final DemoBudgets budgets;

    ShipmentDrafter(Random random, Instant now, DemoSailings sailings) {
        this.random = random;
        this.now = now;
        this.sailings = sailings;
        this.numbers = new DemoNumbers(random);
        this.budgets = new DemoBudgets(random);
    }

    Draft draft(DemoLane lane) {
        return switch (lane.template()) {
            case FCL_IMPORT_PORT_TO_DOOR, FCL_IMPORT_RAIL_TO_DOOR -> fclImport(lane);
            case FCL_EXPORT_DOOR_TO_PORT -> fclExport(lane);
            case LCL_VIA_CFS -> lcl(lane);
            case AIR_DOOR_TO_DOOR -> air(lane);
        };
    }

    // ---------------------------------------------------------------- the four kinds of booking

    private Draft fclImport(DemoLane lane) {
        Door door = door(DemoCatalog.IMPORTERS, lane.gateways());
        boolean rail = lane.template() == PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR;
        RailRoute route = rail ? railRouteTo(door.gateway()) : null;
        String port = rail ? route.port() : door.gateway();
        String origin = pick(lane.overseas());
        List<String> hubs = hubsFor(origin, port);
        OceanCarrier carrier = carrier(lane, origin, port, hubs);
        Sailing sailing = sailing(carrier, origin, port, hubs);
        Vendor trucker = pick(DemoCatalog.truckersAt(door.gateway()));

        PlanInputs.Builder inputs = PlanInputs.between(locode(origin), locode(port))
                .sailing(sailing.departure(), sailing.arrival())
                .via(hubs.stream().map(DemoCatalog::locode).toArray(UnLocode[]::new))
                .carrier(carrier.vendor(), sailing.conveyance())
                .deliveringTo(door.site().door(door.company().name()), trucker);
        if (rail) {
            inputs.byRailTo(locode(route.ramp()), pick(route.railroads()));
        }
        Plan plan = lane.template().draft(inputs.build());

        Company supplier = counterpartyAt(DemoCatalog.SUPPLIERS, origin);
        List<Container> boxes = containers(carrier, door.company().reefer());
        Cargo cargo = new Cargo(boxes, null, boxWeight(boxes, door.company().reefer()), null, door.company().goods());
        List<CarrierReference> references = oceanReferences(carrier.scac(), origin, sailing, door.company().code());
        Budget budget = budgets.fclImport(origin, port, rail ? route.ramp() : null, boxes,
                DemoBudgets.localCurrency(door.site().countryCode()));
        Incoterm incoterm = oneOf(Incoterm.FOB, Incoterm.FOB, Incoterm.FOB, Incoterm.FOB, Incoterm.FCA, Incoterm.EXW);
        LocalDate promised = promise(plan, MilestoneType.DELIVERED);
        Function<String, ShipmentDetails> details = reference -> new ShipmentDetails(reference,
                customer(door.company()), Mode.OCEAN_FCL, Direction.IMPORT, incoterm,
                parties(supplier, supplier.sites().get(0), door.company(), door.site()),
                Place.port(locode(origin)), new Place(locode(port), door.site().address()), cargo, references,
                Scac.of(carrier.scac()), region(lane, door.site()), lane.team(), promised, budget);
        return new Draft(bookedAt(plan, 4, 20), plan, details, fate(sailing));
    }

    private Draft fclExport(DemoLane lane) {
        Door door = door(DemoCatalog.EXPORTERS, lane.gateways());
        String port = door.gateway();
        String destination = pick(lane.overseas());
        List<String> hubs = hubsFor(port, destination);
        OceanCarrier carrier = carrier(lane, port, destination, hubs);
        Sailing sailing = sailing(carrier, port, destination, hubs);

        Plan plan = lane.template().draft(PlanInputs.between(locode(port), locode(destination))
                .sailing(sailing.departure(), sailing.arrival())
                .via(hubs.stream().map(DemoCatalog::locode).toArray(UnLocode[]::new))
                .carrier(carrier.vendor(), sailing.conveyance())
                .pickingUpAt(door.site().door(door.company().name()), pick(DemoCatalog.truckersAt(port)))
                .build());

        Company buyer = counterpartyAt(DemoCatalog.BUYERS, destination);
        List<Container> boxes = containers(carrier, door.company().reefer());
        Cargo cargo = new Cargo(boxes, null, boxWeight(boxes, door.company().reefer()), null, door.company().goods());
        List<CarrierReference> references = oceanReferences(carrier.scac(), port, sailing, door.company().code());
        Budget budget = budgets.fclExport(port, destination, boxes, DemoBudgets.localCurrency(door.site().countryCode()));
        Incoterm incoterm = oneOf(Incoterm.CFR, Incoterm.CFR, Incoterm.CIF, Incoterm.CIF, Incoterm.FOB);
        LocalDate promised = promise(plan, MilestoneType.AVAILABLE_FOR_PICKUP);
        Function<String, ShipmentDetails> details = reference -> new ShipmentDetails(reference,
                customer(door.company()), Mode.OCEAN_FCL, Direction.EXPORT, incoterm,
                parties(door.company(), door.site(), buyer, buyer.sites().get(0)),
                new Place(locode(port), door.site().address()), Place.port(locode(destination)), cargo, references,
                Scac.of(carrier.scac()), region(lane, door.site()), lane.team(), promised, budget);
        return new Draft(bookedAt(plan, 4, 18), plan, details, fate(sailing));
    }

    private Draft lcl(DemoLane lane) {
        Door door = door(DemoCatalog.IMPORTERS, lane.gateways());
        String port = door.gateway();
        String origin = pick(lane.overseas());
        List<String> hubs = hubsFor(origin, port);
        OceanCarrier carrier = carrier(lane, origin, port, hubs);
        Sailing sailing = sailing(carrier, origin, port, hubs);
        Company supplier = counterpartyAt(DemoCatalog.SUPPLIERS, origin);
        Site pickup = supplier.sites().get(0);

        Plan plan = lane.template().draft(PlanInputs.between(locode(origin), locode(port))
                .sailing(sailing.departure(), sailing.arrival())
                .via(hubs.stream().map(DemoCatalog::locode).toArray(UnLocode[]::new))
                .carrier(carrier.vendor(), sailing.conveyance())
                .pickingUpAt(pickup.door(supplier.name()), pick(DemoCatalog.truckersAt(origin)))
                .deliveringTo(door.site().door(door.company().name()), pick(DemoCatalog.truckersAt(port)))
                .build());

        BigDecimal cbm = decimal(1.5, 14, 1);
        BigDecimal kg = cbm.multiply(decimal(180, 420, 0)).setScale(0, RoundingMode.HALF_UP);
        Cargo cargo = new Cargo(List.of(), 2 + random.nextInt(26), kg, cbm, door.company().goods());
        List<CarrierReference> references = new ArrayList<>();
        maybeAdd(references, 0.8, ReferenceType.BOOKING, () -> numbers.booking(carrier.scac(), origin));
        maybeAdd(references, 0.85, ReferenceType.HOUSE_BILL_OF_LADING, numbers::houseBillOfLading);
        maybeAdd(references, 0.7, ReferenceType.PURCHASE_ORDER, () -> numbers.purchaseOrder(door.company().code()));
        Budget budget = budgets.lcl(origin, port, cbm, DemoBudgets.localCurrency(door.site().countryCode()));
        Incoterm incoterm = oneOf(Incoterm.FOB, Incoterm.FOB, Incoterm.EXW);
        LocalDate promised = promise(plan, MilestoneType.DELIVERED);
        Function<String, ShipmentDetails> details = reference -> new ShipmentDetails(reference,
                customer(door.company()), Mode.OCEAN_LCL, Direction.IMPORT, incoterm,
                parties(supplier, pickup, door.company(), door.site()),
                new Place(locode(origin), pickup.address()), new Place(locode(port), door.site().address()), cargo,
                references, Scac.of(carrier.scac()), region(lane, door.site()), lane.team(), promised, budget);
        return new Draft(bookedAt(plan, 3, 14), plan, details, fate(sailing));
    }

    private Draft air(DemoLane lane) {
        Door door = door(DemoCatalog.IMPORTERS, lane.gateways());
        String destination = door.gateway();
        String origin = pick(lane.overseas());
        Airline airline = pick(DemoCatalog.airlinesFor(origin, destination));
        String hub = airline.hub() == null || airline.hub().equals(origin) || airline.hub().equals(destination)
                ? null : airline.hub();
        Company supplier = counterpartyAt(DemoCatalog.SUPPLIERS, origin);
        Site pickup = supplier.sites().get(0);

        String route = origin + destination;
        int flightNumber = airline.firstFlightNumber() + Math.floorMod(route.hashCode(), 40);
        int localHour = Math.floorMod(route.hashCode() / 40, 24);
        Instant departure = now.plus(Duration.ofHours(random.nextInt((AIR_DAYS_BACK + AIR_DAYS_AHEAD) * 24)))
                .minus(Duration.ofDays(AIR_DAYS_BACK)).atZone(locode(origin).zone()).toLocalDate()
                .atTime(localHour, 0).atZone(locode(origin).zone()).toInstant();
        Instant arrival = departure.plus(hours(random, 11, 14.5))
                .plus(hub == null ? Duration.ZERO : hours(random, 9, 13)).truncatedTo(ChronoUnit.MINUTES);
        PlanInputs.Builder inputs = PlanInputs.between(locode(origin), locode(destination))
                .sailing(departure, arrival)
                .carrier(airline.vendor(), Conveyance.flight(String.format("%s%03d", airline.iata(), flightNumber)))
                .pickingUpAt(pickup.door(supplier.name()), pick(DemoCatalog.truckersAt(origin)))
                .deliveringTo(door.site().door(door.company().name()), pick(DemoCatalog.truckersAt(destination)));
        if (hub != null) {
            inputs.via(locode(hub));
        }
        Plan plan = lane.template().draft(inputs.build());

        BigDecimal kg = decimal(60, 1800, 0);
        BigDecimal cbm = kg.divide(decimal(110, 260, 0), 2, RoundingMode.HALF_UP).max(new BigDecimal("0.10"));
        Cargo cargo = new Cargo(List.of(), 1 + random.nextInt(24), kg, cbm, door.company().goods());
        List<CarrierReference> references = new ArrayList<>();
        references.add(new CarrierReference(ReferenceType.MASTER_AIR_WAYBILL,
                numbers.masterAirWaybill(airline.awbPrefix()).toString()));
        maybeAdd(references, 0.7, ReferenceType.HOUSE_AIR_WAYBILL, numbers::houseAirWaybill);
        maybeAdd(references, 0.6, ReferenceType.PURCHASE_ORDER, () -> numbers.purchaseOrder(door.company().code()));
        Budget budget = budgets.air(origin, destination, kg, cbm, DemoBudgets.localCurrency(door.site().countryCode()));
        Incoterm incoterm = oneOf(Incoterm.FCA, Incoterm.FCA, Incoterm.FCA, Incoterm.EXW, Incoterm.EXW, Incoterm.CPT);
        LocalDate promised = promise(plan, MilestoneType.DELIVERED);
        Function<String, ShipmentDetails> details = reference -> new ShipmentDetails(reference,
                customer(door.company()), Mode.AIR, Direction.IMPORT, incoterm,
                parties(supplier, pickup, door.company(), door.site()),
                new Place(locode(origin), pickup.address()), new Place(locode(destination), door.site().address()),
                cargo, references, Scac.of(airline.iata()), region(lane, door.site()), lane.team(), promised, budget);
        return new Draft(bookedAt(plan, 0.5, 4), plan, details, airFate());
    }

    // ---------------------------------------------------------------- ports, carriers and sailings

    private record Door(Company company, Site site, String gateway) {
    }

    /** The gateway by the lane's weights, then one of the customers' sites served from it. */
    private Door door(List<Company> companies, List<String> gateways) {
        String gateway = pick(gateways);
        List<Door> doors = new ArrayList<>();
        for (Company company : companies) {
            for (Site site : company.sites()) {
                if (site.servedFrom(gateway)) {
                    doors.add(new Door(company, site, gateway));
                }
            }
        }
        if (doors.isEmpty()) {
            throw new IllegalStateException("no demo customer is served from " + gateway);
        }
        return pick(doors);
    }

    private RailRoute railRouteTo(String ramp) {
        return pick(DemoCatalog.RAIL_ROUTES.stream().filter(r -> r.ramp().equals(ramp)).toList());
    }

    private Company counterpartyAt(List<Company> companies, String gateway) {
        List<Company> there = companies.stream().filter(c -> c.sites().get(0).servedFrom(gateway)).toList();
        if (there.isEmpty()) {
            throw new IllegalStateException("no demo counterparty is served from " + gateway);
        }
        return pick(there);
    }

    /**
     * Where the lane's services change ships: Dalian feeds over Qingdao or Busan, Vietnam and Thailand
     * to Europe often over Singapore or Colombo, and some of every other lane over a hub too.
     */
    private List<String> hubsFor(String origin, String destination) {
        String from = DemoCatalog.range(origin);
        String to = DemoCatalog.range(destination);
        if (origin.equals("CNDLC")) {
            return List.of(random.nextBoolean() ? "CNTAO" : "KRPUS");
        }
        double share;
        List<String> hubs;
        if ((from.equals("VN") || from.equals("TH")) && to.equals("EU")) {
            share = 0.6;
            hubs = List.of("SGSIN", "LKCMB");
        } else if (from.equals("VN") && to.startsWith("US")) {
            share = 0.4;
            hubs = List.of("KRPUS");
        } else if (from.startsWith("CN") && to.equals("EU")) {
            share = 0.15;
            hubs = List.of("LKCMB", "SGSIN");
        } else if (from.startsWith("CN") && to.startsWith("US")) {
            share = 0.08;
            hubs = List.of("KRPUS");
        } else if (from.equals("US-E") && to.equals("VN")) {
            share = 0.5;
            hubs = List.of("KRPUS");
        } else if (from.equals("EU") && (to.equals("KR") || to.equals("CN-N"))) {
            share = 0.25;
            hubs = List.of("SGSIN", "LKCMB");
        } else {
            return List.of();
        }
        return random.nextDouble() < share ? List.of(pick(hubs)) : List.of();
    }

    /** Matson's express runs Shanghai and Ningbo to Long Beach only; every other carrier serves every lane. */
    private OceanCarrier carrier(DemoLane lane, String origin, String port, List<String> hubs) {
        boolean matsonLane = (origin.equals("CNSHA") || origin.equals("CNNGB")) && port.equals("USLGB") && hubs.isEmpty();
        List<String> pool = matsonLane ? lane.carriers()
                : lane.carriers().stream().filter(scac -> !scac.equals("MATS")).toList();
        return DemoCatalog.oceanCarrier(pick(pool));
    }

    /**
     * Most of a live book has sailed, more of it lately than long ago (the older jobs are closed); the
     * rest waits for sailings up to a month out.
     */
    private Sailing sailing(OceanCarrier carrier, String from, String to, List<String> hubs) {
        Duration offset = random.nextDouble() < SAILED_SHARE
                ? Duration.ofMinutes(-Math.round(OCEAN_DAYS_BACK * 24 * 60 * Math.pow(random.nextDouble(), 1.15)))
                : Duration.ofHours(random.nextInt(OCEAN_DAYS_AHEAD * 24));
        return sailings.firstOnOrAfter(carrier, from, to, hubs, now.plus(offset));
    }

    /** The sailing's delays, and for a few boxes a rollover to next week's vessel on top. */
    private Delays fate(Sailing sailing) {
        return random.nextDouble() < ROLLOVER_SHARE ? sailing.delays().rolledOver(ROLLOVER) : sailing.delays();
    }

    /** Most freighters leave on time; some cargo is offloaded and flies a day later. */
    private Delays airFate() {
        Duration departure = random.nextDouble() < 0.85 ? hours(random, -0.3, 1.5) : hours(random, 4, 28);
        return new Delays(departure, departure.plus(hours(random, -0.75, 1)));
    }

    // ---------------------------------------------------------------- cargo, parties, references, dates

    private List<Container> containers(OceanCarrier carrier, boolean reefer) {
        double roll = random.nextDouble();
        int count = roll < 0.45 ? 1 : roll < 0.75 ? 2 : roll < 0.9 ? 3 : 4;
        String owner = pick(carrier.boxOwnerCodes());
        List<Container> boxes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boxes.add(new Container(numbers.container(owner), sizeType(reefer)));
        }
        return boxes;
    }

    /** Mostly 40-foot high cubes, then standard 40s and 20s for heavy cargo; reefers for the cold chain. */
    private SizeType sizeType(boolean reefer) {
        double roll = random.nextDouble();
        if (reefer) {
            return roll < 0.8 ? REEFER_40 : REEFER_20;
        }
        return roll < 0.55 ? HIGH_CUBE_40 : roll < 0.77 ? DRY_40 : DRY_20;
    }

    private BigDecimal boxWeight(List<Container> boxes, boolean reefer) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < boxes.size(); i++) {
            total = total.add(reefer ? decimal(16_000, 25_000, 0) : decimal(6_000, 21_000, 0));
        }
        return total;
    }

    private List<CarrierReference> oceanReferences(String scac, String origin, Sailing sailing, String customerCode) {
        List<CarrierReference> references = new ArrayList<>();
        maybeAdd(references, 0.9, ReferenceType.BOOKING, () -> numbers.booking(scac, origin));
        if (!sailing.departure().isAfter(now)) {
            // the carrier issues the bill of lading once the box is on board
            maybeAdd(references, 0.8, ReferenceType.MASTER_BILL_OF_LADING, () -> numbers.masterBillOfLading(scac));
        }
        maybeAdd(references, 0.6, ReferenceType.HOUSE_BILL_OF_LADING, numbers::houseBillOfLading);
        maybeAdd(references, 0.7, ReferenceType.PURCHASE_ORDER, () -> numbers.purchaseOrder(customerCode));
        return references;
    }

    private void maybeAdd(List<CarrierReference> references, double share, ReferenceType type,
                          Supplier<String> value) {
        if (random.nextDouble() < share) {
            references.add(new CarrierReference(type, value.get()));
        }
    }

    private static Customer customer(Company company) {
        return new Customer(company.code(), company.name());
    }

    private static List<Party> parties(Company shipper, Site shipperSite, Company consignee, Site consigneeSite) {
        return List.of(new Party(PartyRole.SHIPPER, shipper.name(), shipperSite.address()),
                new Party(PartyRole.CONSIGNEE, consignee.name(), consigneeSite.address()));
    }

    private static String region(DemoLane lane, Site site) {
        return lane.region() != null ? lane.region() : site.region();
    }

    /** The day promised to the customer: the planned day of the milestone, plus up to two days or five to ten. */
    private LocalDate promise(Plan plan, MilestoneType promisedAt) {
        Milestone milestone = plan.impliedMilestones().stream().filter(m -> m.type() == promisedAt)
                .reduce((first, second) -> second).orElseThrow();
        int slack = random.nextDouble() < TIGHT_PROMISE_SHARE ? random.nextInt(3) : 5 + random.nextInt(6);
        return milestone.plannedLocal().orElseThrow().toLocalDate().plusDays(slack);
    }

    /** Booked some days before the first planned milestone, and in any case before now. */
    private Instant bookedAt(Plan plan, double leadDaysLow, double leadDaysHigh) {
        Instant first = plan.impliedMilestones().stream().map(Milestone::planned).min(Comparator.naturalOrder())
                .orElseThrow();
        Instant booked = first.minus(hours(random, leadDaysLow * 24 + 12, leadDaysHigh * 24 + 12));
        Instant latest = now.minus(hours(random, 1, 72));
        if (booked.isAfter(latest)) {
            booked = latest;
        }
        Instant beforeFirst = first.minus(Duration.ofHours(12));
        return (booked.isAfter(beforeFirst) ? beforeFirst : booked).truncatedTo(ChronoUnit.MINUTES);
    }

    // ---------------------------------------------------------------- randomness

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    private <T> T oneOf(T... options) {
        return options[random.nextInt(options.length)];
    }

    private BigDecimal decimal(double low, double high, int scale) {
        return BigDecimal.valueOf(low + (high - low) * random.nextDouble()).setScale(scale, RoundingMode.HALF_UP);
    }
}

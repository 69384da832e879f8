package org.harbormaster.server.shipments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.server.shipments.ShipmentRequest.AddressBody;
import org.harbormaster.server.shipments.ShipmentRequest.CargoBody;
import org.harbormaster.server.shipments.ShipmentRequest.LegBody;
import org.harbormaster.server.shipments.ShipmentRequest.PlaceBody;
import org.harbormaster.server.shipments.ShipmentRequest.PlanBody;
import org.harbormaster.server.shipments.ShipmentRequest.TemplateBody;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Party;
import org.harbormaster.shipment.PartyRole;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.shipment.Vendor;

/**
 * Turns a request body into domain objects, or into the full list of what is wrong with it. Field paths
 * follow the JSON: {@code cargo.containers[1].number}, {@code template.departure}, {@code plan.legs[0].from.locode}.
 */
final class ShipmentRequestReader {

    private final FieldProblems problems = new FieldProblems();

    /** Details and plan of a new shipment; the reference may be null (the caller assigns one). */
    record Booking(ShipmentDetails details, Plan plan) {
    }

    static Booking read(ShipmentRequest request, String assignedReference) {
        ShipmentRequestReader reader = new ShipmentRequestReader();
        Booking booking = reader.booking(request, assignedReference);
        reader.problems.throwIfAny();
        return booking;
    }

    /** A new plan for an existing shipment, from a template or given leg by leg. */
    static Plan readPlan(TemplateBody template, PlanBody plan, ShipmentDetails details) {
        ShipmentRequestReader reader = new ShipmentRequestReader();
        Plan result = reader.plan(template, plan, details.origin(), details.destination(), details.mode(),
                details.carrier());
        reader.problems.throwIfAny();
        return result;
    }

    private Booking booking(ShipmentRequest r, String assignedReference) {
        PlanTemplate template = r.template() == null ? null
                : problems.requiredEnum("template.name", r.template().name(), PlanTemplate.class);
        Mode mode = problems.optionalEnum("mode", r.mode(), Mode.class);
        if (mode == null && template != null) {
            mode = template.mode();
        } else if (mode == null && r.mode() == null) {
            problems.add("mode", "is required (or give a template, which implies it)");
        } else if (mode != null && template != null && template.mode() != mode) {
            problems.add("mode", "is " + mode + " but template " + template + " is for " + template.mode());
        }
        Direction direction = problems.requiredEnum("direction", r.direction(), Direction.class);
        Incoterm incoterm = problems.optional("incoterm", r.incoterm(), Incoterm::parse);
        Customer customer = customer(r);
        Place origin = place("origin", r.origin());
        Place destination = place("destination", r.destination());
        Cargo cargo = cargo(r.cargo());
        List<CarrierReference> references = references(r);
        Scac carrier = problems.optional("carrier", r.carrier(), Scac::parse);
        var promised = problems.date("promisedDelivery", r.promisedDelivery());
        List<Party> parties = parties(r);
        Budget budget = budget(r);
        String reference = r.reference() == null || r.reference().isBlank() ? assignedReference : r.reference();
        Plan plan = origin == null || destination == null || mode == null ? null
                : plan(r.template(), r.plan(), origin, destination, mode, carrier);
        if (!problems.isEmpty()) {
            return null;
        }
        Mode finalMode = mode;
        ShipmentDetails details = problems.build("shipment", () -> new ShipmentDetails(reference, customer, finalMode,
                direction, incoterm, parties, origin, destination, cargo, references, carrier, r.region(), r.team(),
                promised, budget));
        return new Booking(details, plan);
    }

    private Customer customer(ShipmentRequest r) {
        if (r.customer() == null || r.customer().code() == null || r.customer().code().isBlank()) {
            problems.add("customer.code", "is required");
            return null;
        }
        return problems.build("customer", () -> new Customer(r.customer().code(), r.customer().name()));
    }

    private Place place(String path, PlaceBody body) {
        if (body == null) {
            problems.add(path + ".locode", "is required");
            return null;
        }
        UnLocode locode = problems.required(path + ".locode", body.locode(), UnLocode::parse);
        Address door = address(path + ".door", body.door());
        return locode == null ? null : new Place(locode, door);
    }

    private Address address(String path, AddressBody body) {
        if (body == null) {
            return null;
        }
        return problems.build(path, () -> new Address(body.street(), body.city(), body.postalCode(),
                body.countryCode()));
    }

    private Cargo cargo(CargoBody body) {
        if (body == null) {
            problems.add("cargo", "is required");
            return null;
        }
        List<Container> containers = new ArrayList<>();
        List<ShipmentRequest.ContainerBody> given = body.containers() == null ? List.of() : body.containers();
        for (int i = 0; i < given.size(); i++) {
            String path = "cargo.containers[" + i + "]";
            ContainerNumber number = problems.required(path + ".number", given.get(i).number(), ContainerNumber::parse);
            SizeType sizeType = problems.required(path + ".sizeType", given.get(i).sizeType(), SizeType::parse);
            if (number != null && sizeType != null) {
                containers.add(new Container(number, sizeType));
            }
        }
        return problems.build("cargo", () -> new Cargo(containers, body.pieces(), body.weightKg(), body.volumeCbm(),
                body.description()));
    }

    private List<CarrierReference> references(ShipmentRequest r) {
        List<CarrierReference> references = new ArrayList<>();
        List<ShipmentRequest.ReferenceBody> given = r.references() == null ? List.of() : r.references();
        for (int i = 0; i < given.size(); i++) {
            String path = "references[" + i + "]";
            ReferenceType type = problems.requiredEnum(path + ".type", given.get(i).type(), ReferenceType.class);
            String value = given.get(i).value();
            if (value == null || value.isBlank()) {
                problems.add(path + ".value", "is required");
            } else if (type != null) {
                CarrierReference ref = problems.build(path + ".value", () -> new CarrierReference(type, value));
                if (ref != null) {
                    references.add(ref);
                }
            }
        }
        return references;
    }

    private List<Party> parties(ShipmentRequest r) {
        List<Party> parties = new ArrayList<>();
        List<ShipmentRequest.PartyBody> given = r.parties() == null ? List.of() : r.parties();
        for (int i = 0; i < given.size(); i++) {
            String path = "parties[" + i + "]";
            PartyRole role = problems.requiredEnum(path + ".role", given.get(i).role(), PartyRole.class);
            Address address = address(path + ".address", given.get(i).address());
            String name = given.get(i).name();
            if (role != null) {
                Party party = problems.build(path + ".name", () -> new Party(role, name, address));
                if (party != null) {
                    parties.add(party);
                }
            }
        }
        return parties;
    }

    private Budget budget(ShipmentRequest r) {
        List<CostLine> lines = new ArrayList<>();
        List<ShipmentRequest.CostLineBody> given = r.budget() == null ? List.of() : r.budget();
        for (int i = 0; i < given.size(); i++) {
            String path = "budget[" + i + "]";
            ShipmentRequest.CostLineBody line = given.get(i);
            CostCategory category = problems.requiredEnum(path + ".category", line.category(), CostCategory.class);
            Currency currency = problems.required(path + ".currency", line.currency(), ShipmentRequestReader::currency);
            if (line.amount() == null) {
                problems.add(path + ".amount", "is required");
            } else if (category != null && currency != null) {
                CostLine cost = problems.build(path + ".amount",
                        () -> new CostLine(category, line.description(), new Money(line.amount(), currency)));
                if (cost != null) {
                    lines.add(cost);
                }
            }
        }
        return new Budget(lines);
    }

    static Parsed<Currency> currency(String code) {
        try {
            return Parsed.valid(Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Parsed.invalid(code, "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    private Plan plan(TemplateBody template, PlanBody plan, Place origin, Place destination, Mode mode, Scac carrier) {
        if (template != null && plan != null) {
            problems.add("plan", "give either a template or a plan, not both");
            return null;
        }
        if (template == null && plan == null) {
            problems.add("template", "a template or a plan is required");
            return null;
        }
        return template != null ? fromTemplate(template, origin, destination, mode, carrier) : legByLeg(plan);
    }

    private Plan fromTemplate(TemplateBody t, Place origin, Place destination, Mode mode, Scac carrier) {
        PlanTemplate template = problems.requiredEnum("template.name", t.name(), PlanTemplate.class);
        Instant departure = problems.instant("template.departure", t.departure(), true);
        Instant arrival = problems.instant("template.arrival", t.arrival(), true);
        List<UnLocode> hubs = new ArrayList<>();
        List<String> givenHubs = t.transshipmentPorts() == null ? List.of() : t.transshipmentPorts();
        for (int i = 0; i < givenHubs.size(); i++) {
            UnLocode hub = problems.required("template.transshipmentPorts[" + i + "]", givenHubs.get(i), UnLocode::parse);
            if (hub != null) {
                hubs.add(hub);
            }
        }
        ImoNumber imo = problems.optional("template.imo", t.imo(), ImoNumber::parse);
        UnLocode ramp = problems.optional("template.inlandRamp", t.inlandRamp(), UnLocode::parse);
        UnLocode originDoorCity = problems.optional("template.originDoorLocode", t.originDoorLocode(), UnLocode::parse);
        UnLocode destinationDoorCity = problems.optional("template.destinationDoorLocode", t.destinationDoorLocode(),
                UnLocode::parse);
        if (template == null || !problems.isEmpty()) {
            return null;
        }
        String voyage = mode == Mode.AIR ? t.flight() : t.voyage();
        Conveyance conveyance = t.vesselName() == null && imo == null && voyage == null ? null
                : new Conveyance(t.vesselName(), imo, voyage);
        Location originDoor = origin.door() == null ? null : new Location(
                originDoorCity == null ? origin.locode() : originDoorCity, "door: " + origin.door().oneLine());
        UnLocode deliveredFrom = ramp != null ? ramp : destination.locode();
        Location destinationDoor = destination.door() == null ? null : new Location(
                destinationDoorCity == null ? deliveredFrom : destinationDoorCity,
                "door: " + destination.door().oneLine());
        PlanInputs inputs = new PlanInputs(origin.locode(), destination.locode(), hubs, departure, arrival,
                carrier == null ? null : new Vendor(carrier.toString(), carrier.knownCarrierName().orElse(null)),
                conveyance, originDoor, destinationDoor, ramp, vendor(t.originTrucker()),
                vendor(t.destinationTrucker()), vendor(t.railCarrier()));
        Plan plan = problems.build("template", () -> template.draft(inputs));
        // the template's door inputs come from the shipment's origin and destination: point the user there
        problems.renameField("template.originDoor", "origin.door");
        problems.renameField("template.destinationDoor", "destination.door");
        return plan;
    }

    private static Vendor vendor(String code) {
        return code == null || code.isBlank() ? null : new Vendor(code, null);
    }

    private Plan legByLeg(PlanBody body) {
        List<LegBody> given = body.legs() == null ? List.of() : body.legs();
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Leg leg = leg("plan.legs[" + i + "]", given.get(i));
            if (leg != null) {
                legs.add(leg);
            }
        }
        if (given.isEmpty()) {
            problems.add("plan.legs", "a plan needs at least one leg");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return problems.build("plan", () -> new Plan(legs));
    }

    private Leg leg(String path, LegBody b) {
        LegType type = problems.requiredEnum(path + ".type", b.type(), LegType.class);
        TransportMode mode = problems.optionalEnum(path + ".mode", b.mode(), TransportMode.class);
        Location from = location(path + ".from", b.from());
        Location to = location(path + ".to", b.to());
        Instant start = problems.instant(path + ".plannedStart", b.plannedStart(), true);
        Instant end = problems.instant(path + ".plannedEnd", b.plannedEnd(), true);
        Map<CutoffType, Instant> cutoffs = new EnumMap<>(CutoffType.class);
        if (b.cutoffs() != null) {
            b.cutoffs().forEach((name, time) -> {
                CutoffType cutoff = problems.requiredEnum(path + ".cutoffs", name, CutoffType.class);
                Instant at = problems.instant(path + ".cutoffs." + name, time, true);
                if (cutoff != null && at != null) {
                    cutoffs.put(cutoff, at);
                }
            });
        }
        Conveyance conveyance = null;
        if (b.conveyance() != null) {
            ImoNumber imo = problems.optional(path + ".conveyance.imo", b.conveyance().imo(), ImoNumber::parse);
            conveyance = problems.build(path + ".conveyance", () -> new Conveyance(b.conveyance().name(), imo,
                    b.conveyance().voyageOrFlight()));
        }
        Vendor vendor = b.vendor() == null ? null
                : problems.build(path + ".vendor.code", () -> new Vendor(b.vendor().code(), b.vendor().name()));
        if (type == null || from == null || to == null || start == null || end == null) {
            return null;
        }
        Conveyance finalConveyance = conveyance;
        return problems.build(path, () -> new Leg(type, mode, vendor, from, to, start, end, finalConveyance, cutoffs));
    }

    private Location location(String path, ShipmentRequest.LocationBody body) {
        if (body == null) {
            problems.add(path + ".locode", "is required");
            return null;
        }
        UnLocode locode = problems.required(path + ".locode", body.locode(), UnLocode::parse);
        return locode == null ? null : new Location(locode, body.facility());
    }
}

package org.harbormaster.formats.csv;

import static org.harbormaster.formats.csv.ShipmentColumn.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.harbormaster.identity.AirWaybill;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.InvalidValueException;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.InvalidShipmentException;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Party;
import org.harbormaster.shipment.PartyRole;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;

/**
 * Turns one data row into a booked shipment, or into every problem the row has. First each cell is read
 * on its own and checked against its neighbours; then the domain builds the plan and the details from
 * whatever was readable, and its complaints are mapped back to columns. Used once per row.
 */
final class ShipmentRowReader {

    record Outcome(Shipment shipment, List<CsvProblem> problems) {
    }

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

    private final int rowNumber;
    private final RowCells cells;
    private final Instant now;
    private final RepeatedValues repeated;
    private final RowProblems problems = new RowProblems();
    private final List<CarrierReference> references = new ArrayList<>();
    private final List<ShipmentColumn> referenceColumns = new ArrayList<>();

    private String reference;
    private Customer customer;
    private String region;
    private Incoterm incoterm;
    private LocalDate promisedDelivery;
    private Budget budget;
    private PlanTemplate template;
    private Direction direction;
    private UnLocode origin;
    private UnLocode destination;
    private List<UnLocode> hubs;
    private Instant departure;
    private Instant arrival;
    private Scac scac;
    private Vendor carrier;
    private Conveyance conveyance;
    private Cargo cargo;
    private Door originDoor;
    private Door destinationDoor;
    private UnLocode inlandRamp;

    ShipmentRowReader(int rowNumber, RowCells cells, Instant now, RepeatedValues repeated) {
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.now = now;
        this.repeated = repeated;
    }

    Outcome read() {
        Shipment shipment = null;
        try {
            readBooking();
            readRouteAndSchedule();
            readCarriage();
            readCargo();
            readDoors();
            checkDirectionFitsTemplate();
            checkHubsAreBetweenTheEnds();
            Plan plan = draftPlan();
            ShipmentDetails details = details();
            if (!problems.any() && plan != null && details != null) {
                shipment = attempt(REFERENCE, () -> Shipment.book(ShipmentId.random(), details, plan, now));
            }
        } catch (RuntimeException unexpected) {
            problems.add(REFERENCE, "the row could not be read: " + describe(unexpected));
        }
        return problems.any() ? new Outcome(null, problems.toCsvProblems(rowNumber, cells))
                : new Outcome(shipment, List.of());
    }

    // ---- the cell pass ----

    private void readBooking() {
        reference = requiredText(REFERENCE);
        String customerCode = requiredText(CUSTOMER_CODE);
        customer = customerCode == null ? null
                : attempt(CUSTOMER_CODE, () -> new Customer(customerCode, cells.text(CUSTOMER_NAME)));
        region = requiredText(REGION);
        incoterm = optional(INCOTERM, Incoterm::parse);
        promisedDelivery = optional(PROMISED_DELIVERY, CellFormats::date);
        budget = optional(BUDGET, CellFormats::budget);
    }

    private void readRouteAndSchedule() {
        template = required(TEMPLATE, CellFormats::template);
        direction = required(DIRECTION, CellFormats::direction);
        origin = required(ORIGIN, repeated::locode);
        destination = required(DESTINATION, repeated::locode);
        List<UnLocode> listedHubs = optional(TRANSSHIPMENT_PORTS, cell -> CellFormats.locodes(cell, repeated::locode));
        hubs = listedHubs == null ? List.of() : listedHubs;
        departure = localTimeAt(DEPARTURE, required(DEPARTURE, CellFormats::dateTime), origin);
        arrival = localTimeAt(ARRIVAL, required(ARRIVAL, CellFormats::dateTime), destination);
    }

    /** A time without offset is read at the port's clock; with the port unknown it cannot be placed yet. */
    private Instant localTimeAt(ShipmentColumn column, StatedTime time, UnLocode port) {
        if (time == null) {
            return null;
        }
        if (!time.isLocal()) {
            return time.at(null);
        }
        if (port == null) {
            problems.settle(column);
            return null;
        }
        return time.at(port.zone());
    }

    private void readCarriage() {
        readCarrier();
        String vessel = cells.text(VESSEL);
        ImoNumber imo = optional(IMO, repeated::imoNumber);
        String voyage = cells.text(VOYAGE);
        if (mode() == Mode.AIR) {
            if (vessel != null) {
                problems.add(VESSEL, "an air shipment has no vessel: put the flight number in voyage");
            }
            if (!cells.isBlank(IMO)) {
                problems.add(IMO, "an air shipment has no vessel IMO number");
            }
        }
        if (vessel != null || imo != null || voyage != null) {
            conveyance = attempt(VESSEL, () -> new Conveyance(vessel, imo, voyage));
        }
        readReferences(BOOKING, ReferenceType.BOOKING, null);
        readReferences(MASTER_BL, ReferenceType.MASTER_BILL_OF_LADING, null);
        readReferences(HOUSE_BL, ReferenceType.HOUSE_BILL_OF_LADING, null);
        readReferences(MASTER_AWB, ReferenceType.MASTER_AIR_WAYBILL, AirWaybill::parse);
        readReferences(HOUSE_AWB, ReferenceType.HOUSE_AIR_WAYBILL, null);
        readReferences(CUSTOMER_REFERENCE, ReferenceType.CUSTOMER_REFERENCE, null);
    }

    /** A SCAC for ocean, an IATA code for air; with the template unknown, either will do. */
    private void readCarrier() {
        String code = cells.text(CARRIER);
        if (code == null) {
            return;
        }
        Mode mode = mode();
        if (mode == Mode.AIR) {
            String airline = optional(CARRIER, CellFormats::airlineCode);
            carrier = airline == null ? null : new Vendor(airline, null);
        } else if (mode != null) {
            scac = optional(CARRIER, Scac::parse);
            carrier = scac == null ? null : new Vendor(scac.toString(), scac.knownCarrierName().orElse(null));
        } else if (!Scac.parse(code).isValid() && !CellFormats.airlineCode(code).isValid()) {
            problems.add(CARRIER, "is neither a SCAC (ocean) nor a 2-character IATA airline code (air)");
        }
    }

    /** Each ';'-separated item of the cell is one reference; a bad item is named when there are several. */
    private void readReferences(ShipmentColumn column, ReferenceType type, Function<String, Parsed<?>> check) {
        String cell = cells.text(column);
        if (cell == null) {
            return;
        }
        List<String> items = CellFormats.items(cell);
        List<String> reasons = new ArrayList<>();
        for (String item : items) {
            String reason = check == null ? null : check.apply(item).problem().orElse(null);
            if (reason == null) {
                try {
                    references.add(new CarrierReference(type, item));
                    referenceColumns.add(column);
                } catch (RuntimeException e) {
                    reason = describe(e);
                }
            }
            if (reason != null) {
                reasons.add(items.size() == 1 ? reason : "'" + item + "': " + reason);
            }
        }
        if (!reasons.isEmpty()) {
            problems.add(column, String.join("; ", reasons));
        }
    }

    private void readCargo() {
        List<Container> containers = optional(CONTAINERS, CellFormats::containers);
        Integer pieces = optional(PIECES, CellFormats::positiveWholeNumber);
        BigDecimal weight = optional(WEIGHT_KG, CellFormats::positiveDecimal);
        BigDecimal volume = optional(VOLUME_CBM, CellFormats::positiveDecimal);
        cargo = attempt(CONTAINERS, () -> new Cargo(containers, pieces, weight, volume, cells.text(COMMODITY)));
    }

    private void readDoors() {
        originDoor = door(DoorColumns.PICK_UP);
        destinationDoor = door(DoorColumns.DELIVERY);
        inlandRamp = optional(INLAND_RAMP, repeated::locode);
    }

    /** A door is given when any of its cells is; then street, city, country and UN/LOCODE are all needed. */
    private Door door(DoorColumns side) {
        if (side.all().stream().allMatch(cells::isBlank)) {
            return null;
        }
        for (ShipmentColumn needed : List.of(side.street(), side.city(), side.country(), side.locode())) {
            if (cells.isBlank(needed)) {
                problems.add(needed, "is required when the " + side.what() + " is given");
            }
        }
        String country = cells.text(side.country());
        if (country != null && !TWO_LETTERS.matcher(country).matches()) {
            problems.add(side.country(), "must be a two-letter ISO 3166 country code, e.g. US");
        }
        UnLocode locode = optional(side.locode(), repeated::locode);
        if (locode != null && country != null && !locode.countryCode().equalsIgnoreCase(country)) {
            problems.add(side.locode(), "is in " + locode.countryCode() + " but the " + side.what()
                    + " is in " + country.toUpperCase(Locale.ROOT));
        }
        if (side.all().stream().anyMatch(problems::has)) {
            problems.settle(side.street());
            return null;
        }
        Address address = attempt(side.street(), () -> new Address(cells.text(side.street()), cells.text(side.city()),
                cells.text(side.postalCode()), country));
        return address == null ? null : new Door(address, new Location(locode, address.oneLine()));
    }

    private void checkDirectionFitsTemplate() {
        if (template == null || direction == null) {
            return;
        }
        Direction expected = switch (template) {
            case FCL_IMPORT_PORT_TO_DOOR, FCL_IMPORT_RAIL_TO_DOOR -> Direction.IMPORT;
            case FCL_EXPORT_DOOR_TO_PORT -> Direction.EXPORT;
            case LCL_VIA_CFS, AIR_DOOR_TO_DOOR -> direction;
        };
        if (direction != expected) {
            problems.add(DIRECTION, template + " is an " + expected.name().toLowerCase(Locale.ROOT) + " template");
        }
    }

    private void checkHubsAreBetweenTheEnds() {
        for (UnLocode hub : hubs) {
            if (hub.equals(origin) || hub.equals(destination)) {
                problems.add(TRANSSHIPMENT_PORTS, hub + " is the " + (hub.equals(origin) ? "origin" : "destination")
                        + ", not a hub between origin and destination");
            }
        }
    }

    // ---- the domain pass ----

    private Plan draftPlan() {
        if (template == null) {
            return null;
        }
        PlanInputs inputs = new PlanInputs(origin, destination, hubs, departure, arrival, carrier, conveyance,
                originDoor == null ? null : originDoor.location(),
                destinationDoor == null ? null : destinationDoor.location(),
                inlandRamp,
                vendor(ORIGIN_TRUCKER), vendor(DESTINATION_TRUCKER), vendor(RAIL_CARRIER));
        return attempt(TEMPLATE, () -> template.draft(inputs));
    }

    private ShipmentDetails details() {
        Place from = origin == null ? null : new Place(origin, originDoor == null ? null : originDoor.address());
        Place to = destination == null ? null
                : new Place(destination, destinationDoor == null ? null : destinationDoor.address());
        return attempt(REFERENCE, () -> new ShipmentDetails(reference, customer, mode(), direction, incoterm,
                parties(), from, to, cargo, references, scac, region, cells.text(TEAM), promisedDelivery, budget));
    }

    private List<Party> parties() {
        List<Party> parties = new ArrayList<>(2);
        if (!cells.isBlank(SHIPPER)) {
            parties.add(new Party(PartyRole.SHIPPER, cells.text(SHIPPER), null));
        }
        if (!cells.isBlank(CONSIGNEE)) {
            parties.add(new Party(PartyRole.CONSIGNEE, cells.text(CONSIGNEE), null));
        }
        return parties;
    }

    /**
     * Runs a domain constructor; a rule it reports is mapped to its column, anything else it throws is
     * blamed on {@code fallback}. Returns null when it failed.
     */
    private <T> T attempt(ShipmentColumn fallback, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidShipmentException rejected) {
            for (FieldProblem problem : rejected.problems()) {
                ShipmentColumn column = DomainFieldColumns.columnOf(problem, referenceColumns, fallback);
                problems.addFromDomain(column, inTemplateWords(problem));
            }
        } catch (RuntimeException e) {
            problems.add(fallback, describe(e));
        }
        return null;
    }

    private String inTemplateWords(FieldProblem problem) {
        return template == null ? problem.reason() : problem.reason().replace("this template", template.name());
    }

    // ---- reading single cells ----

    private <T> T required(ShipmentColumn column, Function<String, Parsed<T>> parser) {
        if (cells.isBlank(column)) {
            problems.add(column, "is required");
            return null;
        }
        return optional(column, parser);
    }

    private String requiredText(ShipmentColumn column) {
        return required(column, Parsed::valid);
    }

    private <T> T optional(ShipmentColumn column, Function<String, Parsed<T>> parser) {
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        try {
            Parsed<T> parsed = parser.apply(text);
            parsed.problem().ifPresent(reason -> problems.add(column, reason));
            return parsed.value().orElse(null);
        } catch (RuntimeException e) {
            problems.add(column, describe(e));
            return null;
        }
    }

    private Vendor vendor(ShipmentColumn column) {
        String code = cells.text(column);
        return code == null ? null : attempt(column, () -> new Vendor(code, null));
    }

    private Mode mode() {
        return template == null ? null : template.mode();
    }

    private static String describe(RuntimeException e) {
        if (e instanceof InvalidValueException invalid) {
            return invalid.reason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The door's address for the shipment, and the same door as a plan location. */
    private record Door(Address address, Location location) {
    }

    /** The five cells that make a door, on the pick-up or the delivery side. */
    private enum DoorColumns {
        PICK_UP("pick-up door", ORIGIN_DOOR_STREET, ORIGIN_DOOR_CITY, ORIGIN_DOOR_POSTAL_CODE, ORIGIN_DOOR_COUNTRY,
                ORIGIN_DOOR_LOCODE),
        DELIVERY("delivery door", DESTINATION_DOOR_STREET, DESTINATION_DOOR_CITY, DESTINATION_DOOR_POSTAL_CODE,
                DESTINATION_DOOR_COUNTRY, DESTINATION_DOOR_LOCODE);

        private final String what;
        private final List<ShipmentColumn> columns;

        DoorColumns(String what, ShipmentColumn street, ShipmentColumn city, ShipmentColumn postalCode,
                    ShipmentColumn country, ShipmentColumn locode) {
            this.what = what;
            this.columns = List.of(street, city, postalCode, country, locode);
        }

        String what() {
            return what;
        }

        List<ShipmentColumn> all() {
            return columns;
        }

        ShipmentColumn street() {
            return columns.get(0);
        }

        ShipmentColumn city() {
            return columns.get(1);
        }

        ShipmentColumn postalCode() {
            return columns.get(2);
        }

        ShipmentColumn country() {
            return columns.get(3);
        }

        ShipmentColumn locode() {
            return columns.get(4);
        }
    }
}

package org.harbormaster.server.shipments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;

/**
 * A shipment as the API shows it. Every time is given twice: as an instant in UTC and as the local time of
 * the place it happens at (with that place's offset), because operators read local times.
 */
public record ShipmentView(String id, String reference, String status, long version, CustomerView customer,
                           String mode, String direction, String incoterm, PlaceView origin, PlaceView destination,
                           CargoView cargo, List<ReferenceView> references, CarrierView carrier, String region,
                           String team, String promisedDelivery, List<PartyView> parties, BudgetView budget,
                           List<LegView> legs, List<MilestoneView> milestones, MilestoneView nextMilestone,
                           CancellationView cancellation, String createdAt, PredictionView prediction) {

    /** The latest prediction: P50 and P90 of each milestone still to come, and the model version that made it. */
    public record PredictionView(long modelVersion, String asOf, List<PredictedMilestoneView> milestones) {
    }

    public record PredictedMilestoneView(String key, String type, TimeView p50, TimeView p90) {
    }

    public record CustomerView(String code, String name) {
    }

    public record LocationView(String locode, String name, String facility, String timeZone) {
    }

    public record PlaceView(LocationView port, AddressView door) {
    }

    public record AddressView(String street, String city, String postalCode, String countryCode) {
    }

    public record ContainerView(String number, String sizeType, String description) {
    }

    public record CargoView(List<ContainerView> containers, Integer pieces, BigDecimal weightKg, BigDecimal volumeCbm,
                            String description) {
    }

    public record ReferenceView(String type, String value) {
    }

    public record CarrierView(String scac, String name) {
    }

    public record PartyView(String role, String name, AddressView address) {
    }

    public record MoneyView(BigDecimal amount, String currency) {
    }

    public record CostLineView(String category, String description, MoneyView amount) {
    }

    public record BudgetView(List<CostLineView> lines, List<MoneyView> totals) {
    }

    public record TimeView(String utc, String local) {
    }

    public record LegView(int index, String type, String mode, CustomerView vendor, LocationView from, LocationView to,
                          TimeView plannedStart, TimeView plannedEnd, Map<String, String> conveyance,
                          Map<String, TimeView> cutoffs) {
    }

    public record MilestoneView(String key, String type, String label, boolean cutoff, LocationView location,
                                int legIndex, TimeView planned, TimeView estimated, TimeView actual) {
    }

    public record CancellationView(String reason, String at, String by) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public static ShipmentView of(Shipment s) {
        return of(s, null);
    }

    public ShipmentView withPrediction(PredictionView newPrediction) {
        return new ShipmentView(id, reference, status, version, customer, mode, direction, incoterm, origin,
                destination, cargo, references, carrier, region, team, promisedDelivery, parties, budget, legs,
                milestones, nextMilestone, cancellation, createdAt, newPrediction);
    }

    private static ShipmentView of(Shipment s, PredictionView prediction) {
        ShipmentDetails d = s.details();
        return new ShipmentView(s.id().toString(), d.reference(), s.status().name(), s.version(),
                new CustomerView(d.customer().code(), d.customer().name()), d.mode().name(), d.direction().name(),
                d.incoterm() == null ? null : d.incoterm().name(), place(d.origin()), place(d.destination()),
                new CargoView(d.cargo().containers().stream().map(ShipmentView::container).toList(),
                        d.cargo().pieces(), d.cargo().weightKg(), d.cargo().volumeCbm(), d.cargo().description()),
                d.references().stream().map(r -> new ReferenceView(r.type().name(), r.value())).toList(),
                d.carrier() == null ? null
                        : new CarrierView(d.carrier().toString(), d.carrier().knownCarrierName().orElse(null)),
                d.region(), d.team(), d.promisedDelivery() == null ? null : d.promisedDelivery().toString(),
                d.parties().stream().map(p -> new PartyView(p.role().name(), p.name(), address(p.address()))).toList(),
                budget(d), legs(s), s.milestones().stream().map(ShipmentView::milestone).toList(),
                s.nextExpected().map(ShipmentView::milestone).orElse(null),
                s.cancellation() == null ? null : new CancellationView(s.cancellation().reason(),
                        s.cancellation().at().toString(), s.cancellation().by()),
                s.createdAt().toString(), prediction);
    }

    static LocationView location(Location l) {
        return new LocationView(l.locode().toString(), l.locode().name(), l.facility(), l.zone().getId());
    }

    private static PlaceView place(Place p) {
        return new PlaceView(location(Location.of(p.locode())), address(p.door()));
    }

    private static AddressView address(Address a) {
        return a == null ? null : new AddressView(a.street(), a.city(), a.postalCode(), a.countryCode());
    }

    private static ContainerView container(Container c) {
        return c.sizeType() == null ? new ContainerView(c.number().toString(), null, "size and type not known")
                : new ContainerView(c.number().toString(), c.sizeType().toString(), c.sizeType().description());
    }

    private static BudgetView budget(ShipmentDetails d) {
        List<CostLineView> lines = d.budget().lines().stream().map(ShipmentView::costLine).toList();
        List<MoneyView> totals = d.budget().totals().values().stream().map(ShipmentView::money).toList();
        return new BudgetView(lines, totals);
    }

    private static CostLineView costLine(CostLine l) {
        return new CostLineView(l.category().name(), l.description(), money(l.amount()));
    }

    private static MoneyView money(Money m) {
        return new MoneyView(m.amount(), m.currency().getCurrencyCode());
    }

    private static List<LegView> legs(Shipment s) {
        List<Leg> legs = s.plan().legs();
        return java.util.stream.IntStream.range(0, legs.size()).mapToObj(i -> leg(i, legs.get(i))).toList();
    }

    private static LegView leg(int index, Leg l) {
        Map<String, String> conveyance = null;
        if (l.conveyance() != null) {
            conveyance = new LinkedHashMap<>();
            conveyance.put("name", l.conveyance().name());
            conveyance.put("imo", l.conveyance().imo() == null ? null : l.conveyance().imo().toString());
            conveyance.put("voyageOrFlight", l.conveyance().voyageOrFlight());
        }
        Map<String, TimeView> cutoffs = new LinkedHashMap<>();
        l.cutoffs().forEach((type, at) -> cutoffs.put(type.name(), time(at, l.from().zone())));
        return new LegView(index, l.type().name(), l.mode() == null ? null : l.mode().name(),
                l.vendor() == null ? null : new CustomerView(l.vendor().code(), l.vendor().name()),
                location(l.from()), location(l.to()), time(l.plannedStart(), l.from().zone()),
                time(l.plannedEnd(), l.to().zone()), conveyance, cutoffs);
    }

    static MilestoneView milestone(Milestone m) {
        ZoneId zone = m.location().zone();
        return new MilestoneView(m.key(), m.type().name(), m.type().label(), m.type().isCutoff(),
                location(m.location()), m.legIndex(), time(m.planned(), zone), time(m.estimated(), zone),
                time(m.actual(), zone));
    }

    public static TimeView time(Instant instant, ZoneId zone) {
        return instant == null ? null : new TimeView(instant.toString(), LOCAL.format(instant.atZone(zone)));
    }
}

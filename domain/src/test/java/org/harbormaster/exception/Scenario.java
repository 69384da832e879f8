package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.prediction.ArrivalPredictor;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.DurationDistribution;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentFixturesAccess;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;

/**
 * A shipment's story told as the trade tells it: booked, then events from carriers, holds, costs; after each
 * step the rules are re-evaluated and the alerts reconciled as the server will do after every event.
 * The default shipment: Yantian to a Long Beach door, one 45G1 box CSQU3054383, ACME01 in region US-WEST,
 * sailing Dec 1 06:00 UTC, arriving Dec 16 14:00 UTC, budget 3,100 USD.
 */
final class Scenario {

    static final ZoneId LONG_BEACH = ZoneId.of("America/Los_Angeles");
    static final Instant ETD = Instant.parse("2026-12-01T06:00:00Z");
    static final Instant ETA = Instant.parse("2026-12-16T14:00:00Z");
    static final ContainerNumber BOX = ContainerNumber.of("CSQU3054383");
    private static final EventSource CARRIER = new EventSource(EventFormat.DCSA, "MAEU");
    private static final Vendor MAERSK = new Vendor("MAEU", "Maersk");
    private static final Conveyance ESSEN = Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E");

    private Shipment shipment;
    private final List<Hold> holds = new ArrayList<>();
    private final Set<CutoffType> met = EnumSet.noneOf(CutoffType.class);
    private final List<CostLine> costs = new ArrayList<>();
    private ThresholdBook thresholds = ThresholdBook.defaults();
    private TariffBook tariffs = TariffBook.standard();
    private List<Alert> alerts = List.of();
    private Reconciliation last;
    private int reports;

    private Scenario(Shipment shipment) {
        this.shipment = shipment;
    }

    static Scenario yantianToLongBeach() {
        return book(PlanTemplate.FCL_IMPORT_PORT_TO_DOOR, inputs(ETA).build());
    }

    /** Sails Dec 1 06:00 to Busan (arrives Dec 8 22:00), connects Dec 10 22:00, arrives Long Beach Dec 18 14:00. */
    static Scenario viaBusan() {
        return book(PlanTemplate.FCL_IMPORT_PORT_TO_DOOR,
                inputs(Instant.parse("2026-12-18T14:00:00Z")).via(UnLocode.of("KRPUS")).build());
    }

    /** Rail from Long Beach Dec 20 06:00 UTC to the Chicago ramp, door delivery from there. */
    static Scenario yantianToChicagoByRail() {
        return book(PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR, inputs(ETA)
                .byRailTo(UnLocode.of("USCHI"), new Vendor("UPRR", "Union Pacific"))
                .deliveringTo(new Location(UnLocode.of("USCHI"), "door: 900 Logistics Pkwy"), new Vendor("CHIDR", "Chi Dray"))
                .build());
    }

    /** Export: picked up at a Yantian door, gated in Nov 28 06:00, cargo cut-off Nov 29 18:00 UTC. */
    static Scenario exportFromYantian() {
        return book(PlanTemplate.FCL_EXPORT_DOOR_TO_PORT, inputs(ETA)
                .pickingUpAt(new Location(UnLocode.of("CNYTN"), "door: supplier"), new Vendor("SZTRK", "Shenzhen Truck"))
                .build());
    }

    private static PlanInputs.Builder inputs(Instant arrival) {
        return PlanInputs.between(UnLocode.of("CNYTN"), UnLocode.of("USLGB")).sailing(ETD, arrival)
                .carrier(MAERSK, ESSEN)
                .deliveringTo(new Location(UnLocode.of("USLGB"), "door: 1200 Warehouse Way"), new Vendor("DRAY1", "Harbor Dray"));
    }

    private static Scenario book(PlanTemplate template, PlanInputs inputs) {
        return new Scenario(Shipment.book(ShipmentId.random(), ShipmentFixturesAccess.details(), template.draft(inputs),
                ETD.minus(Duration.ofDays(20))));
    }

    /** A wall-clock time in Long Beach. */
    static Instant la(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONG_BEACH).toInstant();
    }

    static Instant utc(String dateTime) {
        return Instant.parse(dateTime + ":00Z");
    }

    // --- what happens

    Scenario actual(MilestoneType type, String locode, Instant at) {
        return event(type, TimeKind.ACTUAL, locode, at);
    }

    Scenario estimated(MilestoneType type, String locode, Instant at) {
        return event(type, TimeKind.ESTIMATED, locode, at);
    }

    /** Each event is reported after the one before it, so a later one corrects an earlier one. */
    private Scenario event(MilestoneType type, TimeKind kind, String locode, Instant at) {
        reports++;
        Instant reported = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(reports);
        MilestoneEvent event = new MilestoneEvent("ev" + reports, type, type.name(), kind, at, UnLocode.of(locode), null,
                null, List.of(BOX), List.of(), null, null, null, false, CARRIER, reported, reported, null);
        EventApplication.Applied applied = EventApplication.apply(shipment, event);
        assertThat(applied.outcome()).as("event %s %s at %s", kind, type, locode).isEqualTo(EventApplication.Outcome.APPLIED);
        shipment = applied.shipment();
        return this;
    }

    Scenario promisedFor(LocalDate date) {
        shipment = shipment.withDetails(details(date, shipment.details().budget()));
        return this;
    }

    Scenario budgetAlso(CostLine line) {
        List<CostLine> lines = new ArrayList<>(shipment.details().budget().lines());
        lines.add(line);
        shipment = shipment.withDetails(details(shipment.details().promisedDelivery(), new Budget(lines)));
        return this;
    }

    private ShipmentDetails details(LocalDate promise, Budget budget) {
        ShipmentDetails d = shipment.details();
        return new ShipmentDetails(d.reference(), d.customer(), d.mode(), d.direction(), d.incoterm(), d.parties(),
                d.origin(), d.destination(), d.cargo(), d.references(), d.carrier(), d.region(), d.team(), promise, budget);
    }

    Scenario cost(CostCategory category, String amount) {
        costs.add(new CostLine(category, category.name().toLowerCase(), Money.of(amount, "USD")));
        return this;
    }

    Scenario withoutCosts(CostCategory category) {
        costs.removeIf(c -> c.category() == category);
        return this;
    }

    Scenario hold(HoldType type, ContainerNumber container, Instant since, String reason) {
        holds.add(new Hold(type, container, since, null, reason));
        return this;
    }

    Scenario released(HoldType type, Instant at) {
        holds.replaceAll(h -> h.type() == type && h.released() == null ? h.releasedAt(at) : h);
        return this;
    }

    Scenario met(CutoffType cutoff) {
        met.add(cutoff);
        return this;
    }

    Scenario tariffs(TariffBook book) {
        tariffs = book;
        return this;
    }

    Scenario thresholds(Map<String, String> settings) {
        thresholds = ThresholdBook.from(settings);
        return this;
    }

    // --- what the rules make of it

    Shipment shipment() {
        return shipment;
    }

    AlertContext contextAt(Instant now) {
        return AlertContext.of(shipment, now).prediction(predictor().predict(shipment, now)).thresholds(thresholds)
                .tariffs(tariffs)
                .holds(holds).cutoffsMet(met).costs(costs).build();
    }

    /** Terminal dwell usually 3 days but 6 at P90; every other leg as planned. */
    static ArrivalPredictor predictor() {
        Map<LegKey, DurationDistribution> known = Map.of(LegKey.mode(LegType.DESTINATION_TERMINAL, null),
                DurationDistribution.logNormal(Duration.ofDays(3), Duration.ofDays(6)));
        return new ArrivalPredictor(key -> Optional.ofNullable(known.get(key)),
                ConnectionRules.weeklyServiceWithOneDayToConnect());
    }

    List<RuleFinding> findings(RuleCode code, Instant now) {
        return RuleSet.standard().evaluate(contextAt(now)).stream().filter(f -> f.code() == code).toList();
    }

    /** Re-evaluates every rule at {@code now} and reconciles the alerts, as after an event. */
    Reconciliation reevaluate(Instant now) {
        last = AlertReconciler.withRandomIds().reevaluate(contextAt(now), RuleSet.standard(), alerts);
        alerts = last.all();
        return last;
    }

    /** The one alert of this rule opened or updated by the last re-evaluation and still holding its key. */
    Alert alert(RuleCode code) {
        List<Alert> holding = alerts.stream().filter(a -> a.holdsKey() && a.key().code() == code).toList();
        assertThat(holding).as("alerts holding %s", code).hasSize(1);
        return holding.get(0);
    }

    boolean hasAlert(RuleCode code) {
        return alerts.stream().anyMatch(a -> a.holdsKey() && a.key().code() == code);
    }

    /** The alert of this rule the last re-evaluation cleared. */
    Alert cleared(RuleCode code) {
        List<Alert> cleared = last.cleared().stream().filter(a -> a.key().code() == code).toList();
        assertThat(cleared).as("alerts of %s cleared by the last re-evaluation", code).hasSize(1);
        return cleared.get(0);
    }

    static String clearReason(Alert alert) {
        HistoryEntry lastEntry = alert.history().get(alert.history().size() - 1);
        assertThat(lastEntry.action()).isEqualTo(AlertAction.CLEARED);
        return lastEntry.detail();
    }
}

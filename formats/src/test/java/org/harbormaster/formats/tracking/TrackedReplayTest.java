package org.harbormaster.formats.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.prediction.Backtest;
import org.harbormaster.prediction.BacktestReport;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.TransitPriors;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.ShipmentStatus;
import org.harbormaster.tracking.ContainerTrips;
import org.harbormaster.tracking.TrackingOnlyShipment;
import org.junit.jupiter.api.Test;

/**
 * The real tracking export (shared/data/replay, read in place, never copied) made into tracking-only trips with
 * plans, and backtested in memory: the domain half of what {@code harbormaster backtest} does on it.
 */
class TrackedReplayTest {

    private static final Path REPLAY = Path.of("../../shared/data/replay/container_milestones_sample.csv");
    private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

    private static Map<String, List<MilestoneEvent>> eventsByContainer() throws IOException {
        return new StatusCsvParser().parse(Files.readAllBytes(REPLAY),
                        new MessageContext(EventFormat.CSV, "tracking-service", RECEIVED, 1L)).events().stream()
                .collect(Collectors.groupingBy(e -> e.equipment().get(0).toString(), TreeMap::new, Collectors.toList()));
    }

    private static List<Shipment> trips() throws IOException {
        List<Shipment> trips = new ArrayList<>();
        for (Map.Entry<String, List<MilestoneEvent>> entry : eventsByContainer().entrySet()) {
            for (List<MilestoneEvent> trip : ContainerTrips.split(entry.getValue())) {
                TrackingOnlyShipment.of(ContainerNumber.of(entry.getKey()), trip).ifPresent(t -> trips.add(
                        EventApplication.applyAll(Shipment.book(ShipmentId.random(), t.details(), t.plan(), RECEIVED),
                                trip)));
            }
        }
        return trips;
    }

    private static List<Backtest.Case> cases() throws IOException {
        List<Backtest.Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<MilestoneEvent>> entry : eventsByContainer().entrySet()) {
            for (List<MilestoneEvent> trip : ContainerTrips.split(entry.getValue())) {
                TrackingOnlyShipment.of(ContainerNumber.of(entry.getKey()), trip).ifPresent(t -> cases.add(
                        new Backtest.Case(EventApplication.applyAll(
                                Shipment.book(ShipmentId.random(), t.details(), t.plan(), RECEIVED), trip), trip)));
            }
        }
        return cases;
    }

    @Test
    void every_container_that_sailed_becomes_trips_with_plans_and_reused_boxes_make_several() throws IOException {
        List<Shipment> trips = trips();
        Map<String, Long> tripsPerBox = trips.stream().collect(Collectors.groupingBy(
                s -> s.details().cargo().containers().get(0).number().toString(), Collectors.counting()));

        assertThat(trips.size()).isBetween(45, 65);
        assertThat(tripsPerBox.get("FBLU0023879")).as("a carrier box looping around Asia").isEqualTo(4);
        assertThat(trips.stream().filter(s -> s.status() == ShipmentStatus.COMPLETED)).hasSizeGreaterThan(10);
    }

    @Test
    void a_trip_with_a_hub_and_rail_on_carriage_gets_those_legs() throws IOException {
        Shipment chattogramToMontreal = trips().stream()
                .filter(s -> s.reference().startsWith("TRK-SZLU9560138")).findFirst().orElseThrow();

        assertThat(chattogramToMontreal.plan().legs()).extracting(Leg::type).contains(LegType.TRANSSHIPMENT,
                LegType.ON_CARRIAGE);
        assertThat(chattogramToMontreal.plan().transshipmentPoints()).extracting(l -> l.locode().value())
                .containsExactly("LKCMB");
        Leg rail = chattogramToMontreal.plan().legs().stream().filter(l -> l.type() == LegType.ON_CARRIAGE)
                .findFirst().orElseThrow();
        assertThat(rail.from().locode().value() + ">" + rail.to().locode().value()).isEqualTo("CAHAL>CAMTR");
    }

    @Test
    void a_week_before_arrival_the_prediction_is_closer_than_the_carriers_estimate_or_plan() throws IOException {
        BacktestReport report = new Backtest(Duration.ofDays(7), TransitPriors.standard(),
                ConnectionRules.weeklyServiceWithOneDayToConnect()).run(cases());

        assertThat(report.scored()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(report.ourMedianAbsoluteErrorDays()).isLessThan(report.baselineMedianAbsoluteErrorDays());
        assertThat(report.p90Coverage()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.scored()).allSatisfy(s -> assertThat(s.cutoff()).isBefore(s.actual()));
        assertThat(report.scored().stream().map(Backtest.Scored::modelObservations).max(Comparator.naturalOrder()))
                .as("learned from other trips that ended before the cut-off").hasValueSatisfying(n ->
                        assertThat(n).isPositive());
    }
}

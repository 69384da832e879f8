package org.harbormaster.formats.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.tracking.ContainerTrips;
import org.harbormaster.tracking.TrackingOnlyShipment;
import org.junit.jupiter.api.Test;

/** The real tracking export (shared/data/replay, read in place) made into tracking-only trips with plans. */
class TrackedReplayTest {

    private static final Path REPLAY = Path.of("../../shared/data/replay/container_milestones_sample.csv");

    static Map<ContainerNumber, List<MilestoneEvent>> eventsByContainer() throws IOException {
        ParseOutcome outcome = new StatusCsvParser().parse(Files.readAllBytes(REPLAY),
                new MessageContext(EventFormat.CSV, "tracking-service", Instant.parse("2026-11-01T00:00:00Z"), 1L));
        return outcome.events().stream().collect(Collectors.groupingBy(e -> e.equipment().get(0), () -> new TreeMap<>(java.util.Comparator.comparing(ContainerNumber::toString)),
                Collectors.toList()));
    }

    static List<org.harbormaster.prediction.Backtest.Case> cases() throws IOException {
        List<org.harbormaster.prediction.Backtest.Case> cases = new java.util.ArrayList<>();
        eventsByContainer().forEach((container, events) -> {
            for (List<MilestoneEvent> trip : ContainerTrips.split(events)) {
                TrackingOnlyShipment.of(container, trip).ifPresent(t -> cases.add(new org.harbormaster.prediction.Backtest.Case(
                        EventApplication.applyAll(Shipment.book(ShipmentId.random(), t.details(), t.plan(),
                                Instant.parse("2026-11-01T00:00:00Z")), trip), trip)));
            }
        });
        return cases;
    }

    @Test
    void backtest() throws IOException {
        for (int days : new int[] {3, 7, 14}) {
            var report = new org.harbormaster.prediction.Backtest(java.time.Duration.ofDays(days),
                    org.harbormaster.prediction.TransitPriors.standard(),
                    org.harbormaster.prediction.ConnectionRules.weeklyServiceWithOneDayToConnect()).run(cases());
            System.out.printf("cutoff %d: n=%d scored=%d skipped=%s ours MAE %.2f MedAE %.2f | base MAE %.2f MedAE %.2f | cov %.2f est %d%n",
                    days, report.shipments(), report.scored().size(), report.skipped(), report.ourMeanAbsoluteErrorDays(),
                    report.ourMedianAbsoluteErrorDays(), report.baselineMeanAbsoluteErrorDays(),
                    report.baselineMedianAbsoluteErrorDays(), report.p90Coverage(), report.baselinesFromCarrierEstimates());
            if (days == 7) {
                report.scored().forEach(x -> System.out.println("  " + x.reference() + " " + x.milestone() + " actual " + x.actual()
                        + " p50 " + x.p50() + " p90 " + x.p90() + " base " + x.baseline() + " " + x.baselineKind() + " obs " + x.modelObservations()));
            }
        }
    }

    @Test
    void knownAtCutoff() throws IOException {
        for (var c : cases()) {
            var arrival = c.shipment().milestones().stream().filter(m -> m.type() == org.harbormaster.shipment.MilestoneType.ARRIVED && m.actual() != null).reduce((a, b) -> b);
            if (arrival.isEmpty()) continue;
            Instant at = arrival.get().actual().minus(java.time.Duration.ofDays(7));
            System.out.println(c.shipment().reference() + " " + arrival.get().key() + " " + arrival.get().actual() + " cutoff " + at);
            c.events().stream().sorted(java.util.Comparator.comparing(MilestoneEvent::reportedAt)).forEach(e -> System.out.println("   " + (e.reportedAt().isAfter(at) ? "LATER " : "known ") + e.kind() + " " + e.type() + "@" + e.location() + " " + e.eventTime() + " rep " + e.reportedAt()));
        }
    }

    @Test
    void debugOne() throws IOException {
        for (var c : cases()) {
            if (!c.shipment().reference().contains(System.getProperty("ref", "FFAU"))) continue;
            Instant at = Instant.parse(System.getProperty("at", "2021-08-01T01:22:00Z"));
            var known = c.events().stream().filter(e -> !e.reportedAt().isAfter(at) && (e.kind() != org.harbormaster.event.TimeKind.ACTUAL || !e.eventTime().isAfter(at))).toList();
            var plan = org.harbormaster.tracking.TrackedRoute.plan(known).orElseThrow();
            plan.legs().forEach(l -> System.out.println("LEG " + l.type() + " " + l.from().locode() + ">" + l.to().locode() + " " + l.plannedStart() + " " + l.plannedEnd()));
            Shipment s = EventApplication.applyAll(Shipment.book(c.shipment().id(), c.shipment().details(), plan, c.shipment().createdAt()), known);
            s.milestones().forEach(m -> System.out.println("  MS " + m.key() + " leg " + m.legIndex() + " pl " + m.planned() + " est " + m.estimated() + " act " + m.actual()));
            var p = new org.harbormaster.prediction.ArrivalPredictor((java.util.function.Function<org.harbormaster.prediction.LegKey, java.util.Optional<org.harbormaster.prediction.DurationDistribution>>) k -> java.util.Optional.empty(), org.harbormaster.prediction.ConnectionRules.weeklyServiceWithOneDayToConnect()).predict(s, at);
            p.legs().forEach(f -> System.out.println("  F " + f.legIndex() + " " + f.legType() + " " + f.basis() + " " + f.start() + " -> " + f.end() + " missed " + f.sailingsMissed()));
        }
    }

    @Test
    void print() throws IOException {
        eventsByContainer().forEach((container, events) -> {
            for (List<MilestoneEvent> trip : ContainerTrips.split(events)) {
                var made = TrackingOnlyShipment.of(container, trip);
                System.out.println(container + " " + trip.size() + " -> " + made.map(t -> t.plan().legs().stream()
                        .map(l -> l.type().name().substring(0, 4) + ":" + l.from().locode() + (l.type().moves() ? ">" + l.to().locode() : ""))
                        .collect(Collectors.joining(" "))).orElse("(no voyage)"));
                made.ifPresent(t -> {
                    Shipment s = EventApplication.applyAll(Shipment.book(ShipmentId.random(), t.details(), t.plan(),
                            Instant.parse("2026-11-01T00:00:00Z")), trip);
                    System.out.println("    " + s.status() + " " + s.milestones().stream().map(m -> m.key()
                            + (m.actual() != null ? "!" : m.estimated() != null ? "~" : "")).collect(Collectors.joining(" ")));
                });
            }
        });
    }
}

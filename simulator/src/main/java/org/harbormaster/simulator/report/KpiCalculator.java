package org.harbormaster.simulator.report;

import static org.harbormaster.simulator.report.Figures.round;
import static org.harbormaster.simulator.report.Figures.share;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.simulator.inbox.InMemoryShipments;
import org.harbormaster.simulator.inbox.SimulatedInbox;
import org.harbormaster.simulator.network.JourneyOutcome;
import org.harbormaster.simulator.network.ScheduleReliability;
import org.harbormaster.simulator.operations.OperatorTeam;
import org.harbormaster.simulator.vendors.VendorOutboxes;

/**
 * Turns a finished run into its KPIs, twice where it matters: {@code truth} from what really happened, and
 * {@code observed} from Harbormaster's shipments, which know only what the vendors' messages said. Only
 * shipments ordered within the run's days count; the run goes on until they are finished.
 */
public final class KpiCalculator {

    private static final double DAY = 86_400;
    private static final Duration HOLD_SIGNAL = Duration.ofHours(36);

    /** Everything a run leaves behind. */
    public record RunResult(SortedMap<String, Object> run, List<JourneyOutcome> journeys, InMemoryShipments shipments,
                            List<ScheduleReliability.Arrival> arrivals, SystemObserver observer,
                            SimulatedInbox.InboxCounts inbox, VendorOutboxes.NoiseCounts noise,
                            OperatorTeam.WorkCounts work, int openWorkItems, LocalDate start) {
    }

    private KpiCalculator() {
    }

    public static SortedMap<String, Object> kpis(RunResult result) {
        List<JourneyOutcome> window = result.journeys().stream().filter(JourneyOutcome::inWindow).toList();
        SortedMap<String, Object> kpis = new TreeMap<>();
        SortedMap<String, Object> run = new TreeMap<>(result.run());
        run.put("shipments", window.size());
        run.put("containers", window.stream().mapToLong(JourneyOutcome::containers).sum());
        run.put("shipmentsFinished", window.stream().filter(JourneyOutcome::finished).count());
        SortedMap<String, Long> byMonth = new TreeMap<>();
        window.forEach(j -> byMonth.merge(java.time.YearMonth.from(j.ordered().atZone(java.time.ZoneOffset.UTC))
                .toString(), 1L, Long::sum));
        run.put("shipmentsOrderedByMonth", byMonth);
        kpis.put("run", run);
        kpis.put("truth", truth(window, result.arrivals()));
        kpis.put("observed", observed(window, result));
        kpis.put("inbox", inbox(result.inbox()));
        kpis.put("vendorNoise", noise(result.noise()));
        kpis.put("operations", operations(result.work(), result.openWorkItems()));
        kpis.put("weekly", weekly(window, result.start()));
        kpis.put("breakdown", breakdown(window));
        return kpis;
    }

    // ---- truth ----

    private static SortedMap<String, Object> truth(List<JourneyOutcome> window, List<ScheduleReliability.Arrival> arrivals) {
        SortedMap<String, Object> truth = new TreeMap<>();
        truth.put("scheduleReliability", reliability(arrivals));
        truth.put("dwell", truthDwell(window));
        truth.put("customs", truthCustoms(window));
        truth.put("delivery", truthDelivery(window));
        SortedMap<String, Object> trouble = new TreeMap<>();
        trouble.put("rolledShipments", window.stream().filter(JourneyOutcome::rolled).count());
        trouble.put("missedConnections", window.stream().filter(JourneyOutcome::missedConnection).count());
        trouble.put("expeditedPickups", window.stream().filter(JourneyOutcome::expedited).count());
        truth.put("exceptions", trouble);
        truth.put("costs", costs(window.stream().filter(JourneyOutcome::finished).toList()));
        return truth;
    }

    /** From discharge to the full gate-out (truck-bound) or the train's departure (rail-bound). */
    private static SortedMap<String, Object> truthDwell(List<JourneyOutcome> window) {
        Figures truck = new Figures();
        Figures rail = new Figures();
        for (JourneyOutcome j : window) {
            if (!j.byRail() && j.gateOut() != null) {
                truck.add(days(j.discharged(), j.gateOut()));
            }
            if (j.byRail() && j.railDeparted() != null) {
                rail.add(days(j.discharged(), j.railDeparted()));
            }
        }
        return dwell(truck, rail);
    }

    private static SortedMap<String, Object> truthCustoms(List<JourneyOutcome> window) {
        Figures held = new Figures();
        SortedMap<String, Long> exams = new TreeMap<>();
        for (JourneyOutcome j : window) {
            if (j.discharged() != null) {
                held.count(j.held());
                if (j.held()) {
                    exams.merge(j.exam(), 1L, Long::sum);
                }
            }
        }
        SortedMap<String, Object> customs = new TreeMap<>();
        customs.put("discharged", held.n());
        customs.put("held", held.hits());
        customs.put("holdRate", round(held.mean()));
        customs.put("heldByExam", exams);
        return customs;
    }

    private static SortedMap<String, Object> truthDelivery(List<JourneyOutcome> window) {
        Figures onTime = new Figures();
        for (JourneyOutcome j : window) {
            if (j.deliveredLocalDate() != null) {
                onTime.count(!j.deliveredLocalDate().isAfter(j.promisedDelivery()));
            }
        }
        SortedMap<String, Object> delivery = new TreeMap<>();
        delivery.put("delivered", onTime.n());
        delivery.put("onTimeShare", round(onTime.mean()));
        return delivery;
    }

    /** What the finished shipments cost: D&D as billed, drayage, rail, yard storage and pre-pull fees. */
    private static SortedMap<String, Object> costs(List<JourneyOutcome> finished) {
        long containers = finished.stream().mapToLong(JourneyOutcome::containers).sum();
        long demurrageUsd = finished.stream().mapToLong(JourneyOutcome::demurrageUsd).sum();
        long detentionUsd = finished.stream().mapToLong(JourneyOutcome::detentionUsd).sum();
        long drayage = finished.stream().mapToLong(JourneyOutcome::drayageUsd).sum();
        long rail = finished.stream().mapToLong(JourneyOutcome::railUsd).sum();
        long storage = finished.stream().mapToLong(JourneyOutcome::storageUsd).sum();
        SortedMap<String, Object> costs = new TreeMap<>();
        costs.put("containersFinished", containers);
        costs.put("demurrageDays", finished.stream().mapToLong(JourneyOutcome::demurrageDays).sum());
        costs.put("demurrageUsd", demurrageUsd);
        costs.put("detentionDays", finished.stream().mapToLong(JourneyOutcome::detentionDays).sum());
        costs.put("detentionUsd", detentionUsd);
        costs.put("ddUsdPerContainer", round(share(demurrageUsd + detentionUsd, containers)));
        costs.put("drayageUsd", drayage);
        costs.put("railUsd", rail);
        costs.put("yardStorageAndPrePullUsd", storage);
        long total = demurrageUsd + detentionUsd + drayage + rail + storage;
        costs.put("totalUsd", total);
        costs.put("totalUsdPerContainer", round(share(total, containers)));
        return costs;
    }

    private static SortedMap<String, Object> reliability(List<ScheduleReliability.Arrival> arrivals) {
        SortedMap<String, Object> all = new TreeMap<>();
        Figures onTime = new Figures();
        Figures lateDelay = new Figures();
        SortedMap<String, Figures> byCarrier = new TreeMap<>();
        for (ScheduleReliability.Arrival a : arrivals) {
            onTime.count(a.onTime());
            byCarrier.computeIfAbsent(a.carrier(), c -> new Figures()).count(a.onTime());
            if (a.delayDays() > 1) {
                lateDelay.add(a.delayDays());
            }
        }
        all.put("vesselArrivals", onTime.n());
        all.put("onTimeShare", round(onTime.mean()));
        all.put("lateArrivalMeanDelayDays", round(lateDelay.mean()));
        SortedMap<String, Object> carriers = new TreeMap<>();
        byCarrier.forEach((carrier, f) -> {
            SortedMap<String, Object> c = new TreeMap<>();
            c.put("vesselArrivals", f.n());
            c.put("onTimeShare", round(f.mean()));
            carriers.put(carrier, c);
        });
        all.put("byCarrier", carriers);
        return all;
    }

    private static SortedMap<String, Object> dwell(Figures truck, Figures rail) {
        SortedMap<String, Object> dwell = new TreeMap<>();
        dwell.put("truck", dwellFigures(truck));
        dwell.put("rail", dwellFigures(rail));
        return dwell;
    }

    private static SortedMap<String, Object> dwellFigures(Figures f) {
        SortedMap<String, Object> d = new TreeMap<>();
        d.put("shipments", f.n());
        d.put("meanDays", round(f.mean()));
        d.put("shareOverFiveDays", round(f.shareAbove(5)));
        return d;
    }

    // ---- observed ----

    private static SortedMap<String, Object> observed(List<JourneyOutcome> window, RunResult result) {
        List<Shipment> shipments = window.stream().map(j -> result.shipments().get(j.shipment())).toList();
        SortedMap<String, Object> observed = new TreeMap<>();
        observed.put("arrivalAtPortOfDischarge", observedArrivals(shipments));
        observed.put("dwell", observedDwell(window, result));
        observed.put("customs", observedHolds(shipments));
        observed.put("delivery", observedDelivery(shipments));
        observed.put("dataQuality", dataQuality(window, result));
        observed.put("prediction", prediction(window, result.observer()));
        return observed;
    }

    private static SortedMap<String, Object> observedArrivals(List<Shipment> shipments) {
        Figures onTime = new Figures();
        for (Shipment s : shipments) {
            s.arrivalAtFinalPort().filter(m -> m.isDone() && m.planned() != null)
                    .ifPresent(m -> onTime.count(Math.abs(days(m.planned(), m.actual())) <= 1.0));
        }
        SortedMap<String, Object> arrivals = new TreeMap<>();
        arrivals.put("recorded", onTime.n());
        arrivals.put("withinOneDayOfPlanShare", round(onTime.mean()));
        return arrivals;
    }

    /** Recorded discharge to recorded gate-out at the same port, or to the recorded rail departure. */
    private static SortedMap<String, Object> observedDwell(List<JourneyOutcome> window, RunResult result) {
        Figures truck = new Figures();
        Figures rail = new Figures();
        for (JourneyOutcome j : window) {
            Shipment s = result.shipments().get(j.shipment());
            portDischarge(s).filter(Milestone::isDone).ifPresent(d -> {
                if (j.byRail()) {
                    railDeparture(s).filter(Milestone::isDone).ifPresent(r -> rail.add(days(d.actual(), r.actual())));
                } else {
                    s.milestones().stream().filter(m -> m.type() == MilestoneType.GATE_OUT && m.isDone()
                                    && m.location().locode().equals(d.location().locode())).findFirst()
                            .ifPresent(g -> truck.add(days(d.actual(), g.actual())));
                }
            });
        }
        return dwell(truck, rail);
    }

    private static SortedMap<String, Object> observedHolds(List<Shipment> shipments) {
        Figures held = new Figures();
        for (Shipment s : shipments) {
            portDischarge(s).filter(Milestone::isDone).ifPresent(d ->
                    find(s, MilestoneType.CUSTOMS_RELEASED).filter(Milestone::isDone).ifPresent(r ->
                            held.count(Duration.between(d.actual(), r.actual()).compareTo(HOLD_SIGNAL) > 0)));
        }
        SortedMap<String, Object> customs = new TreeMap<>();
        customs.put("releasesRecorded", held.n());
        customs.put("holdRate", round(held.mean()));
        customs.put("rule", "customs release recorded more than 36 h after discharge");
        return customs;
    }

    private static SortedMap<String, Object> observedDelivery(List<Shipment> shipments) {
        Figures onTime = new Figures();
        for (Shipment s : shipments) {
            find(s, MilestoneType.DELIVERED).filter(Milestone::isDone).ifPresent(m -> onTime.count(
                    !m.actual().atZone(m.location().zone()).toLocalDate().isAfter(s.details().promisedDelivery())));
        }
        SortedMap<String, Object> delivery = new TreeMap<>();
        delivery.put("deliveriesRecorded", onTime.n());
        delivery.put("onTimeShare", round(onTime.mean()));
        return delivery;
    }

    private static SortedMap<String, Object> dataQuality(List<JourneyOutcome> window, RunResult result) {
        Figures complete = new Figures();
        for (JourneyOutcome j : window) {
            if (j.finished()) {
                result.shipments().get(j.shipment()).milestones().stream().filter(m -> !m.type().isCutoff())
                        .forEach(m -> complete.count(m.isDone()));
            }
        }
        Figures lag = new Figures();
        result.observer().recordingLagHours().forEach(lag::add);
        SortedMap<String, Object> quality = new TreeMap<>();
        quality.put("completeness", round(complete.mean()));
        quality.put("recordingLagMedianHours", round(lag.quantile(0.5)));
        quality.put("recordingLagP90Hours", round(lag.quantile(0.9)));
        quality.put("recordedWithin24HoursShare", round(1 - lag.shareAbove(24)));
        quality.put("actualsRecordedOutOfOrder", result.observer().actualsRecordedOutOfOrder());
        return quality;
    }

    /** The predictor's arrival forecast made at departure, against the arrival that happened. */
    private static SortedMap<String, Object> prediction(List<JourneyOutcome> window, SystemObserver observer) {
        Figures error = new Figures();
        Figures covered = new Figures();
        for (JourneyOutcome j : window) {
            observer.forecast(j.shipment()).filter(f -> j.arrived() != null).ifPresent(f -> {
                error.add(Math.abs(days(j.arrived(), f.p50())));
                covered.count(!j.arrived().isAfter(f.p90()));
            });
        }
        SortedMap<String, Object> prediction = new TreeMap<>();
        prediction.put("forecastsAtDeparture", error.n());
        prediction.put("arrivalP50MeanAbsoluteErrorDays", round(error.mean()));
        prediction.put("arrivalP90CoverageShare", round(covered.mean()));
        return prediction;
    }

    private static Optional<Milestone> find(Shipment s, MilestoneType type) {
        return s.milestones().stream().filter(m -> m.type() == type).findFirst();
    }

    private static Optional<Milestone> portDischarge(Shipment s) {
        List<Leg> legs = s.plan().legs();
        return s.milestones().stream().filter(m -> m.type() == MilestoneType.DISCHARGED
                && legs.get(m.legIndex()).type() == LegType.DESTINATION_TERMINAL).findFirst();
    }

    private static Optional<Milestone> railDeparture(Shipment s) {
        List<Leg> legs = s.plan().legs();
        return s.milestones().stream().filter(m -> m.type() == MilestoneType.DEPARTED
                && legs.get(m.legIndex()).type() == LegType.ON_CARRIAGE
                && legs.get(m.legIndex()).mode() == TransportMode.RAIL).findFirst();
    }

    // ---- the system's counters ----

    private static SortedMap<String, Object> inbox(SimulatedInbox.InboxCounts c) {
        SortedMap<String, Object> inbox = new TreeMap<>();
        inbox.put("messages", c.messages);
        inbox.put("messagesWithFailures", c.messagesWithFailures);
        inbox.put("parseFailures", c.parseFailures);
        inbox.put("parseFailuresByFormat", new TreeMap<>(c.failuresByFormat));
        inbox.put("events", c.events);
        inbox.put("unmatchedEvents", c.unmatched);
        inbox.put("applicationOutcomes", new TreeMap<>(c.outcomes));
        inbox.put("dataQualityFindings", new TreeMap<>(c.findings));
        inbox.put("eventsWithoutMilestoneByCode", new TreeMap<>(c.withoutMilestoneByCode));
        return inbox;
    }

    private static SortedMap<String, Object> noise(VendorOutboxes.NoiseCounts c) {
        SortedMap<String, Object> noise = new TreeMap<>();
        noise.put("reports", c.reports);
        noise.put("missing", c.missing);
        noise.put("late", c.late);
        noise.put("duplicates", c.duplicates);
        noise.put("wrongData", c.wrong);
        noise.put("corrections", c.corrections);
        noise.put("messagesSent", c.messages);
        noise.put("messagesByFormat", new TreeMap<>(c.messagesByFormat));
        return noise;
    }

    private static SortedMap<String, Object> operations(OperatorTeam.WorkCounts c, int open) {
        SortedMap<String, Object> ops = new TreeMap<>();
        ops.put("workItemsRaised", c.raised);
        ops.put("workItemsByKind", new TreeMap<>(c.raisedByKind));
        ops.put("handled", c.handled);
        ops.put("handledWithinSlaShare", round(share(c.handledWithinSla, c.handled)));
        ops.put("handledBeforeDeadlineShare", round(share(c.handledBeforeDeadline, c.handled)));
        ops.put("meanHoursToHandle", round(c.handled == 0 ? 0 : c.hoursToHandleTotal / c.handled));
        ops.put("openAtEnd", open);
        return ops;
    }

    /** The KPIs teams are judged on, by customer, lane and trucker (the trucker's scorecard). */
    private static SortedMap<String, Object> breakdown(List<JourneyOutcome> window) {
        SortedMap<String, Object> breakdown = new TreeMap<>();
        breakdown.put("byCustomer", group(window, JourneyOutcome::customer, KpiCalculator::customerFigures));
        breakdown.put("byLane", group(window, JourneyOutcome::lane, KpiCalculator::laneFigures));
        breakdown.put("byTrucker", group(window, JourneyOutcome::trucker, KpiCalculator::truckerFigures));
        return breakdown;
    }

    private static SortedMap<String, Object> group(List<JourneyOutcome> window,
                                                   java.util.function.Function<JourneyOutcome, String> key,
                                                   java.util.function.Function<List<JourneyOutcome>, SortedMap<String, Object>> figures) {
        SortedMap<String, List<JourneyOutcome>> groups = new TreeMap<>();
        window.forEach(j -> groups.computeIfAbsent(key.apply(j), k -> new ArrayList<>()).add(j));
        SortedMap<String, Object> out = new TreeMap<>();
        groups.forEach((name, journeys) -> out.put(name, figures.apply(journeys)));
        return out;
    }

    private static SortedMap<String, Object> customerFigures(List<JourneyOutcome> journeys) {
        Figures onTime = new Figures();
        long dd = 0;
        long containers = 0;
        for (JourneyOutcome j : journeys) {
            if (j.deliveredLocalDate() != null) {
                onTime.count(!j.deliveredLocalDate().isAfter(j.promisedDelivery()));
            }
            if (j.finished()) {
                dd += j.demurrageUsd() + j.detentionUsd();
                containers += j.containers();
            }
        }
        SortedMap<String, Object> f = new TreeMap<>();
        f.put("shipments", journeys.size());
        f.put("deliveredOnTimeShare", round(onTime.mean()));
        f.put("ddUsdPerContainer", round(share(dd, containers)));
        return f;
    }

    private static SortedMap<String, Object> laneFigures(List<JourneyOutcome> journeys) {
        Figures arrived = new Figures();
        Figures transit = new Figures();
        for (JourneyOutcome j : journeys) {
            if (j.arrived() != null) {
                arrived.count(Math.abs(days(j.plannedArrival(), j.arrived())) <= 1.0);
                transit.add(days(j.departed(), j.arrived()));
            }
        }
        SortedMap<String, Object> f = new TreeMap<>();
        f.put("shipments", journeys.size());
        f.put("arrivedWithinOneDayOfPlanShare", round(arrived.mean()));
        f.put("meanPortToPortDays", round(transit.mean()));
        f.put("rolledShipments", journeys.stream().filter(JourneyOutcome::rolled).count());
        return f;
    }

    private static SortedMap<String, Object> truckerFigures(List<JourneyOutcome> journeys) {
        Figures missed = new Figures();
        long moves = 0;
        long usd = 0;
        for (JourneyOutcome j : journeys) {
            if (j.gateOut() != null) {
                missed.count(j.truckerMissedAppointment());
                moves += j.containers();
                usd += j.drayageUsd();
            }
        }
        SortedMap<String, Object> f = new TreeMap<>();
        f.put("moves", moves);
        f.put("missedAppointmentShare", round(missed.mean()));
        f.put("drayageUsd", usd);
        return f;
    }

    private static List<Map<String, Object>> weekly(List<JourneyOutcome> window, LocalDate start) {
        SortedMap<Long, Figures[]> weeks = new TreeMap<>();
        for (JourneyOutcome j : window) {
            if (j.discharged() == null) {
                continue;
            }
            long week = ChronoUnit.WEEKS.between(start, j.discharged().atZone(java.time.ZoneOffset.UTC).toLocalDate());
            Figures[] f = weeks.computeIfAbsent(week, w -> new Figures[] {new Figures(), new Figures(), new Figures(),
                    new Figures()});
            f[0].count(j.arrived() != null && j.plannedArrival() != null
                    && Math.abs(days(j.plannedArrival(), j.arrived())) <= 1.0);
            if (!j.byRail() && j.gateOut() != null) {
                f[1].add(days(j.discharged(), j.gateOut()));
            }
            if (j.deliveredLocalDate() != null) {
                f[2].count(!j.deliveredLocalDate().isAfter(j.promisedDelivery()));
            }
            if (j.finished()) {
                f[3].add(j.demurrageUsd() + j.detentionUsd());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        weeks.forEach((week, f) -> {
            SortedMap<String, Object> row = new TreeMap<>();
            row.put("week", week);
            row.put("discharged", f[0].n());
            row.put("arrivedWithinOneDayShare", round(f[0].mean()));
            if (f[1].n() > 0) {
                row.put("truckDwellMeanDays", round(f[1].mean()));
            }
            row.put("deliveredOnTimeShare", round(f[2].mean()));
            row.put("ddUsd", Math.round(f[3].mean() * f[3].n()));
            rows.add(row);
        });
        return rows;
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).getSeconds() / DAY;
    }
}

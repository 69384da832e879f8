package org.harbormaster.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.simulator.engine.EventQueue;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.inbox.InMemoryShipments;
import org.harbormaster.simulator.inbox.SimulatedInbox;
import org.harbormaster.simulator.network.ImportFlow;
import org.harbormaster.simulator.network.Journey;
import org.harbormaster.simulator.operations.ObservedWorkItems;
import org.harbormaster.simulator.operations.OperatorTeam;
import org.harbormaster.simulator.operations.WorkItem;
import org.harbormaster.simulator.operations.WorkItemSource;
import org.harbormaster.simulator.report.KpiCalculator;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.report.SystemObserver;
import org.harbormaster.simulator.scenario.InvalidScenarioException;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioProblem;
import org.harbormaster.simulator.vendors.VendorOutboxes;

/**
 * Runs a scenario: customers order, shipments are booked with Harbormaster's plan templates, the network moves
 * them, vendors report in their wire formats, Harbormaster's parsers and event application keep its shipments
 * up to date, its work items go to the operators, and the operators' actions change what happens next.
 * Everything is decided by the seed: the same scenario, options and seed give the same KPIs, to the byte.
 */
public final class Simulation {

    /** How long after the last order the run may go on to let shipments finish. */
    static final Duration DRAIN_LIMIT = Duration.ofDays(150);
    private static final int REVIEW_HOUR = 6;

    private Simulation() {
    }

    public static SimulationReport run(Scenario scenario, SimulationOptions options) {
        String policyName = options.policy() == null ? scenario.policy() : options.policy();
        Scenario.OperatingPolicy policy = scenario.policyNamed(policyName).orElseThrow(() ->
                new InvalidScenarioException("--policy", java.util.List.of(new ScenarioProblem("policy",
                        "'" + policyName + "' is not one of the scenario's policies " + scenario.policies().keySet()))));
        long wallStart = System.nanoTime();
        Instant start = scenario.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowEnd = start.plus(Duration.ofDays(options.days()));
        EventQueue queue = new EventQueue(start);
        RandomStreams random = new RandomStreams(options.seed());
        InMemoryShipments shipments = new InMemoryShipments();
        SystemObserver observer = new SystemObserver();
        SimulatedInbox inbox = new SimulatedInbox(shipments, observer);
        VendorOutboxes outboxes = new VendorOutboxes(queue, scenario.reportingNoise(), inbox);
        ImportFlow flow = new ImportFlow(scenario, policy, queue, random, shipments, outboxes, windowEnd);
        OperatorTeam team = new OperatorTeam(queue, scenario.operators().withStaff(policy.operatorStaff()),
                item -> flow.act(item, flow.journey(item.shipment())));
        WorkItemSource source = new ObservedWorkItems(
                locode -> scenario.terminal(locode.value()).map(Scenario.Terminal::freeTimeWorkingDays).orElse(null),
                Duration.ofSeconds(Math.round(policy.lfdWarningDays() * 86_400)));
        Set<String> raised = new HashSet<>();
        ZoneId operatorsZone = ZoneId.of(scenario.operators().zone());
        scheduleReviews(queue, flow, shipments, source, team, raised, operatorsZone, start);
        flow.start();

        for (int day = 1; day <= options.days(); day++) {
            queue.runUntil(start.plus(Duration.ofDays(day)));
            options.progress().day(day, options.days());
        }
        Instant drainEnd = windowEnd.plus(DRAIN_LIMIT);
        Instant now = windowEnd;
        while (now.isBefore(drainEnd) && flow.journeys().stream().filter(Journey::inWindow).anyMatch(j -> !j.finished())) {
            now = now.plus(Duration.ofDays(7));
            queue.runUntil(now);
        }
        options.progress().day(options.days(), options.days());

        SortedMap<String, Object> run = new TreeMap<>();
        run.put("scenario", scenario.name());
        run.put("policy", policyName);
        run.put("seed", options.seed());
        run.put("days", options.days());
        run.put("start", scenario.start().toString());
        run.put("simulatedEvents", queue.executed());
        run.put("simulatedUntil", queue.now().toString());
        KpiCalculator.RunResult result = new KpiCalculator.RunResult(run,
                flow.journeys().stream().map(Journey::outcome).toList(), shipments, flow.reliability().arrivals(),
                observer, inbox.counts(), outboxes.counts(), team.counts(), team.backlog(), scenario.start());
        SortedMap<String, Object> kpis = KpiCalculator.kpis(result);
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        return new SimulationReport(kpis, new SimulationReport.Performance(flow.journeys().size(), queue.executed(),
                inbox.counts().messages, inbox.counts().events, wallMillis));
    }

    /** Every morning the open shipments are reviewed for work items, as an exception engine would. */
    private static void scheduleReviews(EventQueue queue, ImportFlow flow, InMemoryShipments shipments,
                                        WorkItemSource source, OperatorTeam team, Set<String> raised, ZoneId zone,
                                        Instant from) {
        ZonedDateTime first = from.atZone(zone).toLocalDate().atTime(REVIEW_HOUR, 0).atZone(zone);
        review(queue, flow, shipments, source, team, raised, first);
    }

    private static void review(EventQueue queue, ImportFlow flow, InMemoryShipments shipments, WorkItemSource source,
                               OperatorTeam team, Set<String> raised, ZonedDateTime at) {
        queue.at(at.toInstant(), () -> {
            Instant now = queue.now();
            for (Journey journey : flow.active()) {
                Shipment shipment = shipments.get(journey.id());
                for (WorkItem item : source.review(shipment, now)) {
                    if (raised.add(item.shipment() + "/" + item.kind())) {
                        team.raise(item);
                    }
                }
            }
            review(queue, flow, shipments, source, team, raised, at.plusDays(1));
        });
    }
}

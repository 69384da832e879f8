package org.harbormaster.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.shipment.Milestone;
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
 * One run, wired and ready to advance: customers order, shipments are booked with Harbormaster's plan
 * templates, the network moves them, vendors report in their wire formats, Harbormaster's parsers and event
 * application keep its shipments up to date, its work items go to the operators, whose actions change what
 * happens next. {@link Simulation#run} drives it as fast as it goes; a live demo can advance it in step with
 * a clock of its own.
 */
public final class SimulationRun {

    private static final int REVIEW_HOUR = 6;

    private final Scenario scenario;
    private final SimulationOptions options;
    private final String policyName;
    private final Instant start;
    private final Instant windowEnd;
    private final EventQueue queue;
    private final InMemoryShipments shipments = new InMemoryShipments();
    private final SystemObserver observer = new SystemObserver();
    private final SimulatedInbox inbox;
    private final VendorOutboxes outboxes;
    private final ImportFlow flow;
    private final OperatorTeam team;
    private final WorkItemSource source;
    private final Set<String> raised = new HashSet<>();

    public SimulationRun(Scenario scenario, SimulationOptions options, LiveFeed feed) {
        this.scenario = scenario;
        this.options = options;
        this.policyName = options.policy() == null ? scenario.policy() : options.policy();
        Scenario.OperatingPolicy policy = scenario.policyNamed(policyName).orElseThrow(() ->
                new InvalidScenarioException("the options", List.of(new ScenarioProblem("policy",
                        "'" + policyName + "' is not one of the scenario's policies "
                                + scenario.policies().keySet().stream().sorted().toList()))));
        this.start = scenario.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        this.windowEnd = start.plus(Duration.ofDays(options.days()));
        this.queue = new EventQueue(start);
        this.source = new ObservedWorkItems(
                locode -> scenario.terminal(locode.value()).map(Scenario.Terminal::freeTimeWorkingDays).orElse(null),
                Duration.ofSeconds(Math.round(policy.lfdWarningDays() * 86_400)));
        this.inbox = new SimulatedInbox(shipments, new SimulatedInbox.AppliedListener() {
            @Override
            public void applied(Shipment before, Shipment after, Milestone milestone, MilestoneEvent event) {
                observer.applied(before, after, milestone, event);
            }

            @Override
            public void signalled(Shipment shipment, MilestoneEvent event) {
                raise(source.signalled(shipment, event, queue.now()));
            }
        });
        this.outboxes = new VendorOutboxes(queue, scenario.reportingNoise(), (sender, message, receivedAt) -> {
            inbox.receive(sender, message, receivedAt);
            feed.message(sender, message, receivedAt);
        });
        this.flow = new ImportFlow(scenario, policy, queue, new RandomStreams(options.seed()), shipments, outboxes,
                windowEnd);
        flow.onBooking(feed::booked);
        this.team = new OperatorTeam(queue, scenario.operators().withStaff(policy.operatorStaff()),
                item -> flow.act(item, flow.journey(item.shipment())));
        ZoneId zone = ZoneId.of(scenario.operators().zone());
        review(start.atZone(zone).toLocalDate().atTime(REVIEW_HOUR, 0).atZone(zone));
        flow.start();
    }

    public Instant start() {
        return start;
    }

    /** When customers stop ordering. */
    public Instant windowEnd() {
        return windowEnd;
    }

    public Instant now() {
        return queue.now();
    }

    /** Runs everything due up to {@code until}. */
    public void advanceTo(Instant until) {
        queue.runUntil(until);
    }

    /** Whether every shipment ordered within the run's days has its empty back. */
    public boolean allOrdersFinished() {
        return flow.journeys().stream().filter(Journey::inWindow).allMatch(Journey::finished);
    }

    /** The shipments as Harbormaster knows them now. */
    public Shipment shipment(org.harbormaster.shipment.ShipmentId id) {
        return shipments.get(id);
    }

    /** The KPIs as they stand; {@code wallMillis} is how long the caller took, for the performance figures. */
    public SimulationReport report(long wallMillis) {
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
        return new SimulationReport(KpiCalculator.kpis(result), new SimulationReport.Performance(
                flow.journeys().size(), queue.executed(), inbox.counts().messages, inbox.counts().events, wallMillis));
    }

    /** Gives the team each item not raised before for its shipment and kind. */
    private void raise(List<WorkItem> items) {
        for (WorkItem item : items) {
            if (raised.add(item.shipment() + "/" + item.kind())) {
                team.raise(item);
            }
        }
    }

    /** Every morning the open shipments are reviewed for work items, as an exception engine would. */
    private void review(ZonedDateTime at) {
        queue.at(at.toInstant(), () -> {
            Instant now = queue.now();
            for (Journey journey : flow.active()) {
                raise(source.review(shipments.get(journey.id()), now));
            }
            review(at.plusDays(1));
        });
    }
}

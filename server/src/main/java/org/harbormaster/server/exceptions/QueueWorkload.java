package org.harbormaster.server.exceptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.AlertId;
import org.harbormaster.exception.CustomerTier;
import org.harbormaster.exception.MoneyAtRisk;
import org.harbormaster.exception.MoneyTerm;
import org.harbormaster.exception.Priority;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.RuleFinding;
import org.harbormaster.exception.Severity;
import org.harbormaster.money.Money;
import org.harbormaster.server.demo.DemoShipments;
import org.harbormaster.server.exceptions.AlertRepository.Filing;
import org.harbormaster.server.exceptions.AlertRepository.Write;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.springframework.stereotype.Component;

/**
 * The work-queue benchmark ({@code harbormaster bench queue}): N demo shipments and M open exception cases on
 * them (rules, severities, teams, assignees, money and deadlines spread at random from a seed), then each queue
 * query an operator's screen makes, timed many times: the server-side query and its mapping to views.
 */
@Component
public class QueueWorkload {

    private static final String[] TEAMS = {"OCEAN-IMPORT", "OCEAN-EXPORT", "DRAYAGE", "CUSTOMS", "BILLING"};
    private static final String[] ASSIGNEES = {null, null, "ana", "ben", "chen", "dee"};

    private final ShipmentRepository shipments;
    private final AlertRepository alerts;
    private final AlertService service;
    private final AlertSettings settings;
    private final Clock clock;

    QueueWorkload(ShipmentRepository shipments, AlertRepository alerts, AlertService service, AlertSettings settings,
                  Clock clock) {
        this.shipments = shipments;
        this.alerts = alerts;
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    /** Inserts the shipments (in batches, without reviewing them) and the cases; returns the seconds it took. */
    public double seed(int shipmentCount, int alertCount, long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<Shipment> all = new ArrayList<>(shipmentCount);
        DemoShipments demo = new DemoShipments();
        for (int made = 0; made < shipmentCount; made += 10_000) {
            int offset = made;
            List<Shipment> batch = demo.generate(Math.min(10_000, shipmentCount - made), clock, seed + made)
                    .stream().map(s -> renamed(s, offset)).toList();
            shipments.insertAll(batch);
            all.addAll(batch);
        }
        Instant now = clock.instant();
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < alertCount; i++) {
            Shipment s = all.get(random.nextInt(all.size()));
            RuleFinding finding = finding(random, s, now);
            Alert alert = Alert.open(AlertId.random(), s.id(), finding, now.minus(Duration.ofMinutes(random.nextInt(3000))));
            if (random.nextInt(4) == 0) {
                alert = alert.acknowledge("bench", now, null);
            }
            String assignee = ASSIGNEES[random.nextInt(ASSIGNEES.length)];
            if (assignee != null) {
                alert = alert.assign("bench", assignee, now, null);
            }
            Filing filing = new Filing(s.details().region(), s.details().customer().code(),
                    s.details().carrier() == null ? null : s.details().carrier().toString());
            writes.add(new Write(alert, filing, Priority.of(finding,
                    settings.thresholdsFor(filing.customer(), filing.region()), now), 0, null));
            if (writes.size() == 1000) {
                alerts.save(writes);
                writes.clear();
            }
        }
        alerts.save(writes);
        return (System.nanoTime() - started) / 1e9;
    }

    private static Shipment renamed(Shipment s, int offset) {
        return s.withDetails(new org.harbormaster.shipment.ShipmentDetails(s.reference() + "-" + offset,
                s.details().customer(), s.details().mode(), s.details().direction(), s.details().incoterm(),
                s.details().parties(), s.details().origin(), s.details().destination(), s.details().cargo(),
                s.details().references(), s.details().carrier(), s.details().region(),
                s.details().team(), s.details().promisedDelivery(), s.details().budget()));
    }

    private static RuleFinding finding(Random random, Shipment s, Instant now) {
        RuleCode code = RuleCode.values()[random.nextInt(RuleCode.values().length)];
        Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
        long dollars = random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(5000);
        MoneyAtRisk money = dollars == 0 ? MoneyAtRisk.NONE : MoneyAtRisk.of(new MoneyTerm("demurrage",
                "bench: " + dollars + " USD", Money.of(Long.toString(dollars), "USD")));
        return new RuleFinding(code, "bench-" + random.nextInt(1_000_000), severity,
                TEAMS[random.nextInt(TEAMS.length)], Duration.ofHours(1 + random.nextInt(8)),
                Duration.ofHours(8 + random.nextInt(72)), null, code + " on " + s.reference() + " (bench data)", money,
                null, random.nextInt(3) == 0 ? null : now.plus(Duration.ofHours(random.nextInt(96))),
                CustomerTier.values()[random.nextInt(CustomerTier.values().length)]);
    }

    /** Each query the queue screen makes, run {@code runs} times after a warm-up: median, 95th percentile, max. */
    public Map<String, Map<String, Object>> measure(int runs) {
        Map<String, AlertQuery> queries = new LinkedHashMap<>();
        queries.put("top 50 by priority", query(List.of(), List.of(), List.of(), List.of(), null, null));
        queries.put("one region", query(List.of("US-WEST"), List.of(), List.of(), List.of(), null, null));
        queries.put("team + high and critical", query(List.of(), List.of("OCEAN-IMPORT"), List.of(),
                List.of("HIGH", "CRITICAL"), null, null));
        queries.put("one assignee", query(List.of(), List.of(), List.of("ana"), List.of(), null, null));
        queries.put("SLA breached", query(List.of(), List.of(), List.of(), List.of(), AlertQuery.SlaState.BREACHED, null));
        queries.put("least time to act first", query(List.of(), List.of(), List.of(), List.of(), null,
                AlertQuery.Sort.ACT_BY));
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        queries.forEach((name, q) -> figures.put(name, time(q, runs)));
        return figures;
    }

    private static AlertQuery query(List<String> regions, List<String> teams, List<String> assignees,
                                    List<String> severities, AlertQuery.SlaState sla, AlertQuery.Sort sort) {
        return new AlertQuery(regions, teams, assignees, severities, List.of(), List.of(), List.of(), null,
                AlertQuery.Status.ACTIVE, sla, sort);
    }

    private Map<String, Object> time(AlertQuery query, int runs) {
        Instant now = clock.instant();
        for (int i = 0; i < 5; i++) {
            views(query, now);
        }
        double[] millis = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            rows = views(query, now);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("medianMillis", round(millis[runs / 2]));
        out.put("p95Millis", round(millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]));
        out.put("maxMillis", round(millis[runs - 1]));
        return out;
    }

    private int views(AlertQuery query, Instant now) {
        AlertQueue.Page page = service.queue(query, null, 50);
        page.entries().forEach(e -> AlertView.of(e.row().stored(List.of()), e.shipmentReference(), now, false));
        return page.entries().size();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

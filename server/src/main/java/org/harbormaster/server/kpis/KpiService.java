package org.harbormaster.server.kpis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.kpi.Kpi;
import org.harbormaster.kpi.KpiAggregation;
import org.harbormaster.kpi.KpiDefinitions;
import org.harbormaster.kpi.KpiFacts;
import org.harbormaster.kpi.KpiGroup;
import org.harbormaster.kpi.KpiSettings;
import org.harbormaster.kpi.Observation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a {@link KpiQuery}: reads each kind of fact the KPIs asked need once, lets the domain compute the
 * observations, keeps those in the window and the filters, and groups them.
 */
@Service
public class KpiService {

    private final KpiFactsRepository facts;
    private final Clock clock;

    KpiService(KpiFactsRepository facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KpiReport> report(KpiQuery query) {
        KpiSettings settings = KpiSettings.standard(clock.instant()).withOnTimeTolerance(query.onTimeTolerance())
                .withReportedWithin(query.reportedWithin());
        Map<Kpi.Facts, KpiFacts> read = new EnumMap<>(Kpi.Facts.class);
        List<KpiReport> reports = new ArrayList<>();
        for (Kpi kpi : query.kpis()) {
            KpiFacts input = read.computeIfAbsent(kpi.facts(), kind -> read(kind, query.start(), query.end()));
            List<Observation> kept = KpiDefinitions.observe(kpi, input, settings).stream()
                    .filter(o -> query.covers(o.at()) && query.matches(o.subject())).toList();
            List<KpiGroup> total = KpiAggregation.groups(kpi, kept, List.of(), query.period());
            reports.add(new KpiReport(kpi, total.size() == 1 ? total.get(0) : null,
                    KpiAggregation.groups(kpi, kept, query.by(), query.period())));
        }
        return reports;
    }

    private KpiFacts read(Kpi.Facts kind, Instant from, Instant to) {
        return switch (kind) {
            case MILESTONES -> KpiFacts.NONE.withMilestones(facts.milestoneOutcomes(from, to));
            case REPORTS -> KpiFacts.NONE.withReports(facts.milestoneReports(from, to));
            case EVENTS -> KpiFacts.NONE.withEvents(facts.eventReceipts(from, to));
            case MESSAGES -> KpiFacts.NONE.withMessages(facts.messageReceipts(from, to));
            case ALERTS -> KpiFacts.NONE.withAlerts(facts.alertCases(from, to));
            case BUDGETS -> KpiFacts.NONE.withBudgets(facts.shipmentBudgets(from, to));
            case CONTAINERS -> KpiFacts.NONE.withContainers(facts.containerClocks(from, to));
        };
    }
}

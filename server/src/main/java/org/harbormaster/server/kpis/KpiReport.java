package org.harbormaster.server.kpis;

import java.util.List;
import org.harbormaster.kpi.Kpi;
import org.harbormaster.kpi.KpiGroup;

/** One KPI's answer: its groups, and the total over all of them (null when no fact counted). */
public record KpiReport(Kpi kpi, KpiGroup total, List<KpiGroup> groups) {

    public KpiReport {
        groups = List.copyOf(groups);
    }
}

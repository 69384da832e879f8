package org.harbormaster.server.kpis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.kpi.KpiGroup;

/** The JSON body of the API's answer and of {@code harbormaster kpi --json}: the query as understood, then each KPI. */
public final class KpiJson {

    private KpiJson() {
    }

    public static Map<String, Object> of(KpiQuery query, List<KpiReport> reports) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", query.from() == null ? null : query.from().toString());
        body.put("to", query.to() == null ? null : query.to().toString());
        body.put("by", query.by().stream().map(KpiQueryParser::name).toList());
        body.put("period", KpiQueryParser.name(query.period()));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("region", query.region());
        filters.put("customer", query.customer());
        filters.put("carrier", query.carrier());
        body.put("filters", filters);
        body.put("toleranceHours", query.onTimeTolerance().toMinutes() / 60.0);
        body.put("reportedWithinHours", query.reportedWithin().toMinutes() / 60.0);
        body.put("kpis", reports.stream().map(KpiJson::report).toList());
        return body;
    }

    private static Map<String, Object> report(KpiReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kpi", report.kpi().id());
        json.put("definition", report.kpi().definition());
        json.put("measure", report.kpi().measure().name());
        json.put("total", report.total() == null ? null : group(report.total()));
        json.put("groups", report.groups().stream().map(KpiJson::group).toList());
        return json;
    }

    private static Map<String, Object> group(KpiGroup g) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> key = new LinkedHashMap<>();
        g.key().forEach((d, v) -> key.put(KpiQueryParser.name(d), v));
        json.put("key", key);
        json.put("value", g.value());
        json.put("numerator", g.numerator().stripTrailingZeros());
        json.put("denominator", g.denominator().stripTrailingZeros());
        json.put("facts", g.facts());
        json.put("unit", g.unit().isEmpty() ? null : g.unit());
        json.put("median", round(g.median()));
        json.put("p90", round(g.p90()));
        return json;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}

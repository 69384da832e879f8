package org.harbormaster.server.exceptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.Severity;

/**
 * The work queue page's filter bar: each field one choice or empty (any). Written back as a query string, which is
 * what the page links to and what is remembered for the user's next visit.
 */
public record QueueFilter(String region, String team, String assignee, String severity, String rule, String sla,
                          String status, String customer, String vendor, String shipment) {

    public QueueFilter {
        region = clean(region);
        team = clean(team);
        assignee = clean(assignee);
        severity = known(severity, Arrays.stream(Severity.values()).map(Enum::name).toList());
        rule = known(rule, Arrays.stream(RuleCode.values()).map(Enum::name).toList());
        sla = known(sla, Arrays.stream(AlertQuery.SlaState.values()).map(Enum::name).toList());
        status = known(status, Arrays.stream(AlertQuery.Status.values()).map(Enum::name).toList());
        customer = upper(customer);
        vendor = upper(vendor);
        shipment = upper(shipment);
    }

    static QueueFilter scope(String region, String team) {
        return new QueueFilter(region, team, null, null, null, null, null, null, null, null);
    }

    AlertQuery toQuery() {
        return new AlertQuery(one(region), one(team), one(assignee), one(severity), one(rule), one(customer),
                one(vendor), shipment, status == null ? null : AlertQuery.Status.valueOf(status),
                sla == null ? null : AlertQuery.SlaState.valueOf(sla), AlertQuery.Sort.PRIORITY);
    }

    /** The query string of this filter; {@code status} is always there, so that "no filter" is a choice too. */
    public String queryString() {
        StringJoiner q = new StringJoiner("&");
        add(q, "status", status == null ? AlertQuery.Status.ACTIVE.name() : status);
        add(q, "region", region);
        add(q, "team", team);
        add(q, "assignee", assignee);
        add(q, "severity", severity);
        add(q, "rule", rule);
        add(q, "sla", sla);
        add(q, "customer", customer);
        add(q, "vendor", vendor);
        add(q, "shipment", shipment);
        return q.toString();
    }

    public boolean narrowed() {
        return region != null || team != null || assignee != null || severity != null || rule != null || sla != null
                || customer != null || vendor != null || shipment != null
                || (status != null && !status.equals(AlertQuery.Status.ACTIVE.name()));
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null) {
            q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String v = clean(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** A value not among the choices is dropped, as a select box would never send it. */
    private static String known(String value, List<String> allowed) {
        String v = upper(value);
        return v != null && allowed.contains(v) ? v : null;
    }
}

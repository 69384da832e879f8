package org.harbormaster.kpi;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The KPIs Harbormaster reports, each named as in the API and CLI ({@code on-time-arrival}) and defined in
 * docs/kpis.md. {@link #facts()} says what each is computed from; {@link KpiDefinitions} does the computing.
 */
public enum Kpi {
    ON_TIME_ARRIVAL(Facts.MILESTONES, Measure.SHARE,
            "share of arrivals at the port of discharge (last main carriage) within the tolerance of the planned time"),
    ON_TIME_DELIVERY(Facts.MILESTONES, Measure.SHARE,
            "share of deliveries within the tolerance of the planned time"),
    DELIVERY_AS_PROMISED(Facts.MILESTONES, Measure.SHARE,
            "share of deliveries on or before the promised delivery date (local), plus the tolerance"),
    MILESTONE_TIMELINESS(Facts.REPORTS, Measure.SHARE,
            "share of actual milestones received within the reporting window of happening; samples: delay in hours"),
    REPORTING_DELAY(Facts.REPORTS, Measure.MEDIAN_HOURS,
            "median (and P90, mean) hours from a milestone happening to its report being received"),
    FINDINGS_PER_100_EVENTS(Facts.EVENTS, Measure.PER_HUNDRED,
            "data-quality findings per 100 events received"),
    UNMATCHED_EVENTS(Facts.EVENTS, Measure.SHARE,
            "share of events received that match no shipment (still waiting)"),
    QUARANTINED_MESSAGES(Facts.MESSAGES, Measure.SHARE,
            "share of inbound messages quarantined (could not be read)"),
    TIME_TO_ACKNOWLEDGE(Facts.ALERTS, Measure.MEDIAN_HOURS,
            "median (and P90, mean) hours from an exception opening to its acknowledgement"),
    TIME_TO_RESOLVE(Facts.ALERTS, Measure.MEDIAN_HOURS,
            "median (and P90, mean) hours from an exception opening to its resolution by an operator"),
    SLA_BREACH_RATE(Facts.ALERTS, Measure.SHARE,
            "share of exceptions that breached their acknowledge or resolve deadline"),
    BUDGET_ADHERENCE(Facts.BUDGETS, Measure.SHARE,
            "share of budgeted shipments with actual costs whose costs stay within budget plus tolerance"),
    BUDGET_COVERAGE(Facts.BUDGETS, Measure.SHARE,
            "share of shipments booked with a budget"),
    DEMURRAGE_PER_CONTAINER(Facts.CONTAINERS, Measure.PER_CONTAINER,
            "demurrage per container at the port of discharge, by the tariff book; samples: days beyond free time"),
    DETENTION_PER_CONTAINER(Facts.CONTAINERS, Measure.PER_CONTAINER,
            "detention per container from full gate-out to empty return; samples: days beyond free time");

    /** The kinds of fact KPIs are computed from; one query each. */
    public enum Facts { MILESTONES, REPORTS, EVENTS, MESSAGES, ALERTS, BUDGETS, CONTAINERS }

    private final Facts facts;
    private final Measure measure;
    private final String definition;

    Kpi(Facts facts, Measure measure, String definition) {
        this.facts = facts;
        this.measure = measure;
        this.definition = definition;
    }

    public Facts facts() {
        return facts;
    }

    public Measure measure() {
        return measure;
    }

    public String definition() {
        return definition;
    }

    /** The name in the API and CLI: {@code on-time-arrival}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** By id ({@code on-time-arrival}) or enum name ({@code ON_TIME_ARRIVAL}). */
    public static Optional<Kpi> byId(String text) {
        String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Kpi::id).collect(Collectors.joining(", "));
    }
}

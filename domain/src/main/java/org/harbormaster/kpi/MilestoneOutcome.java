package org.harbormaster.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An arrival at the port of discharge or a delivery, with its planned and actual time and, for a delivery,
 * the date promised to the customer: the facts of on-time performance.
 *
 * @param planned  null when the plan has no time for it
 * @param actual   null while it has not happened
 * @param promised the shipment's promised delivery date, null when none was promised
 * @param zone     the milestone's location, for the promised date
 */
public record MilestoneOutcome(Subject subject, Kind kind, Instant planned, Instant actual, LocalDate promised,
                               ZoneId zone) {

    public enum Kind { ARRIVAL, DELIVERY }

    public MilestoneOutcome {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
    }

    /** The date the outcome is filed under: the planned time, or the actual where nothing was planned. */
    public Instant dated() {
        return planned != null ? planned : actual;
    }
}

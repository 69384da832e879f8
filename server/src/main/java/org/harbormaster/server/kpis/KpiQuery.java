package org.harbormaster.server.kpis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.harbormaster.kpi.Dimension;
import org.harbormaster.kpi.Kpi;
import org.harbormaster.kpi.Period;
import org.harbormaster.kpi.Subject;

/**
 * What was asked: which KPIs, grouped how, over which dates (UTC, both ends included; null: open), for which
 * region, customer and carrier (null: all), with which tolerances.
 */
public record KpiQuery(List<Kpi> kpis, List<Dimension> by, Period period, LocalDate from, LocalDate to, String region,
                       String customer, String carrier, Duration onTimeTolerance, Duration reportedWithin) {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    public KpiQuery {
        kpis = List.copyOf(kpis);
        by = List.copyOf(by);
    }

    /** The first instant of the window. */
    public Instant start() {
        return from == null ? EARLIEST : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the window. */
    public Instant end() {
        return to == null ? LATEST : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean covers(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    public boolean matches(Subject subject) {
        return (region == null || region.equalsIgnoreCase(subject.region()))
                && (customer == null || customer.equalsIgnoreCase(subject.customer()))
                && (carrier == null || carrier.equalsIgnoreCase(subject.carrier()));
    }
}

package org.harbormaster.server.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.ShipmentView.LegView;
import org.harbormaster.server.shipments.ShipmentView.MilestoneView;
import org.harbormaster.server.shipments.ShipmentView.PredictedMilestoneView;
import org.harbormaster.server.shipments.ShipmentView.PredictionView;
import org.harbormaster.server.shipments.ShipmentView.TimeView;

/**
 * The shipment's legs and milestones on one time axis: for each milestone where it was planned, where the carrier
 * estimates it, where we predict it (the median, and the band to the 90th percentile) and when it happened.
 * Positions are percentages of the axis; the milestone table beside it carries the same times as text.
 */
public record ShipmentTimeline(List<Tick> ticks, List<Bar> legs, List<Row> rows, Double now, boolean predicted) {

    /** A date on the axis (UTC days). */
    public record Tick(double at, String label) {
    }

    /** A leg as planned: from its planned start to its planned end. */
    public record Bar(double from, double width, String label, String title) {
    }

    /** One milestone; any position may be null (not known). */
    public record Row(String label, String place, boolean cutoff, boolean done, Double planned, Double estimated,
                      Double actual, Double p50, Double bandFrom, Double bandWidth, String title) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH);

    static ShipmentTimeline of(ShipmentView s, Instant now) {
        Map<String, PredictedMilestoneView> predicted = new HashMap<>();
        PredictionView prediction = s.prediction();
        if (prediction != null) {
            prediction.milestones().forEach(p -> predicted.put(p.key(), p));
        }
        List<Instant> all = new ArrayList<>();
        s.legs().forEach(l -> Stream.of(l.plannedStart(), l.plannedEnd()).map(ShipmentTimeline::instant)
                .filter(Objects::nonNull).forEach(all::add));
        s.milestones().forEach(m -> Stream.of(m.planned(), m.estimated(), m.actual()).map(ShipmentTimeline::instant)
                .filter(Objects::nonNull).forEach(all::add));
        predicted.values().forEach(p -> Stream.of(p.p50(), p.p90()).map(ShipmentTimeline::instant)
                .filter(Objects::nonNull).forEach(all::add));
        if (all.isEmpty()) {
            return new ShipmentTimeline(List.of(), List.of(), List.of(), null, false);
        }
        all.add(now);
        Instant min = all.stream().min(Instant::compareTo).orElseThrow().minus(Duration.ofHours(12));
        Instant max = all.stream().max(Instant::compareTo).orElseThrow().plus(Duration.ofHours(12));
        Axis axis = new Axis(min, max);
        List<Bar> legs = s.legs().stream().map(l -> bar(l, axis)).filter(Objects::nonNull).toList();
        List<Row> rows = s.milestones().stream().map(m -> row(m, predicted.get(m.key()), axis)).toList();
        Double nowAt = now.isBefore(min) || now.isAfter(max) ? null : axis.at(now);
        return new ShipmentTimeline(ticks(axis), legs, rows, nowAt, !predicted.isEmpty());
    }

    private record Axis(Instant min, Instant max) {

        double at(Instant t) {
            double span = Duration.between(min, max).toSeconds();
            return Math.round(Duration.between(min, t).toSeconds() / span * 1000.0) / 10.0;
        }

        Double at(TimeView t) {
            Instant i = instant(t);
            return i == null ? null : at(i);
        }
    }

    private static Bar bar(LegView l, Axis axis) {
        Double from = axis.at(l.plannedStart());
        Double to = axis.at(l.plannedEnd());
        if (from == null || to == null) {
            return null;
        }
        String label = (l.index() + 1) + " " + words(l.type());
        String title = label + ": " + l.from().locode() + " → " + l.to().locode()
                + (l.vendor() != null ? " · " + l.vendor().code() : "");
        return new Bar(from, Math.max(0.4, to - from), label, title);
    }

    private static Row row(MilestoneView m, PredictedMilestoneView p, Axis axis) {
        Double p50 = p == null ? null : axis.at(p.p50());
        Double p90 = p == null ? null : axis.at(p.p90());
        Double bandFrom = p50;
        Double bandWidth = p50 == null || p90 == null ? null : Math.max(0.3, p90 - p50);
        StringBuilder title = new StringBuilder(m.label() + " at " + m.location().locode());
        append(title, "planned", m.planned());
        append(title, "carrier's estimate", m.estimated());
        if (p != null) {
            append(title, "predicted median", p.p50());
            append(title, "90% by", p.p90());
        }
        append(title, "actual", m.actual());
        return new Row(m.label(), m.location().locode(), m.cutoff(), m.actual() != null, axis.at(m.planned()),
                axis.at(m.estimated()), axis.at(m.actual()), p50, bandFrom, bandWidth, title.toString());
    }

    private static void append(StringBuilder title, String what, TimeView t) {
        if (t != null && t.local() != null) {
            title.append(" · ").append(what).append(' ').append(t.local().replace('T', ' '));
        }
    }

    /** Midnight UTC ticks, every day, two days or a week, so that there are at most about a dozen. */
    private static List<Tick> ticks(Axis axis) {
        long days = Math.max(1, Duration.between(axis.min(), axis.max()).toDays());
        int step = days <= 12 ? 1 : days <= 24 ? 2 : days <= 84 ? 7 : 14;
        List<Tick> ticks = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(axis.min(), ZoneOffset.UTC).plusDays(1);
        for (Instant t = day.atStartOfDay().toInstant(ZoneOffset.UTC); t.isBefore(axis.max());
             t = t.plus(Duration.ofDays(step))) {
            ticks.add(new Tick(axis.at(t), DAY.format(t.atZone(ZoneOffset.UTC))));
        }
        return ticks;
    }

    private static Instant instant(TimeView t) {
        return t == null || t.utc() == null ? null : Instant.parse(t.utc());
    }

    private static String words(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

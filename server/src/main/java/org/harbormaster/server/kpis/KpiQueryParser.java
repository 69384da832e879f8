package org.harbormaster.server.kpis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.harbormaster.kpi.Dimension;
import org.harbormaster.kpi.Kpi;
import org.harbormaster.kpi.KpiSettings;
import org.harbormaster.kpi.Period;
import org.harbormaster.shipment.FieldProblem;

/**
 * Reads a KPI request from text, as the API and the CLI get it, naming each parameter that is wrong.
 * Lists are comma-separated; names are case-insensitive, with dashes or underscores.
 */
public final class KpiQueryParser {

    private static final int MAX_TOLERANCE_HOURS = 24 * 365;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Parameters by their API names: kpi, by, period, from, to, region, customer, carrier, toleranceHours, reportedWithinHours. */
    public record Parameters(String kpi, String by, String period, String from, String to, String region,
                             String customer, String carrier, String toleranceHours, String reportedWithinHours) {
    }

    /** The query, or empty with {@link #problems()} saying what is wrong. */
    public Optional<KpiQuery> parse(Parameters p) {
        List<Kpi> kpis = kpis(p.kpi());
        List<Dimension> by = dimensions(p.by());
        Period period = period(p.period());
        LocalDate from = date("from", p.from());
        LocalDate to = date("to", p.to());
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from (" + from + ")"));
        }
        Duration tolerance = hours("toleranceHours", p.toleranceHours(), KpiSettings.DEFAULT_TOLERANCE);
        Duration within = hours("reportedWithinHours", p.reportedWithinHours(), KpiSettings.DEFAULT_REPORTED_WITHIN);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KpiQuery(kpis, by, period, from, to, blankToNull(p.region()),
                blankToNull(p.customer()), blankToNull(p.carrier()), tolerance, within));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    private List<Kpi> kpis(String text) {
        if (text == null || text.isBlank()) {
            return List.of(Kpi.values());
        }
        List<Kpi> kpis = new ArrayList<>();
        for (String name : split(text)) {
            Kpi.byId(name).ifPresentOrElse(k -> {
                if (!kpis.contains(k)) {
                    kpis.add(k);
                }
            }, () -> problems.add(new FieldProblem("kpi", "'" + name + "' is not one of " + Kpi.ids())));
        }
        return kpis;
    }

    private List<Dimension> dimensions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Dimension> by = new ArrayList<>();
        for (String name : split(text)) {
            Optional<Dimension> d = Arrays.stream(Dimension.values()).filter(v -> v.name().equals(constant(name)))
                    .findFirst();
            if (d.isEmpty()) {
                problems.add(new FieldProblem("by", "'" + name + "' is not one of " + names(Dimension.values())));
            } else if (!by.contains(d.get())) {
                by.add(d.get());
            }
        }
        return by;
    }

    private Period period(String text) {
        if (text == null || text.isBlank()) {
            return Period.MONTH;
        }
        return Arrays.stream(Period.values()).filter(v -> v.name().equals(constant(text))).findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem("period", "'" + text + "' is not one of " + names(Period.values())));
                    return null;
                });
    }

    private LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + text + "' is not an ISO-8601 date, e.g. 2026-12-20"));
            return null;
        }
    }

    private Duration hours(String field, String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double hours = Double.parseDouble(text.strip());
            if (hours >= 0 && hours <= MAX_TOLERANCE_HOURS) {
                return Duration.ofSeconds(Math.round(hours * 3600));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "'" + text + "' is not a number of hours from 0 to " + MAX_TOLERANCE_HOURS));
        return null;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String constant(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The names users type: {@code country-lane}. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(KpiQueryParser::name).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

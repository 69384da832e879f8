package org.harbormaster.server.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.harbormaster.kpi.Dimension;
import org.harbormaster.kpi.KpiGroup;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.kpis.KpiJson;
import org.harbormaster.server.kpis.KpiQuery;
import org.harbormaster.server.kpis.KpiQueryParser;
import org.harbormaster.server.kpis.KpiReport;
import org.harbormaster.server.kpis.KpiService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster kpi [--kpi K,...] [--by D,...] [--from --to] [--format table|csv] [--json]}. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = {"The KPIs of docs/kpis.md from the database: on-time performance, milestone timeliness, data "
                + "quality, exception SLA, budget, demurrage and detention per container; each group with its value, "
                + "numerator and denominator."})
public final class KpiCommand implements Callable<Integer> {

    enum Format { TABLE, CSV }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--kpi", paramLabel = "KPI[,KPI...]",
            description = "Which KPIs, e.g. on-time-arrival,sla-breach-rate (default: all).")
    private String kpi;

    @Option(names = "--by", paramLabel = "DIM[,DIM...]",
            description = "Group by region, lane, country-lane, carrier, vendor, customer, source, period (default: no grouping).")
    private String by;

    @Option(names = "--period", paramLabel = "day|week|month", description = "The period of --by period (default: month).")
    private String period;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, UTC, e.g. 2026-11-01 (default: open).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, UTC, included (default: open).")
    private String to;

    @Option(names = "--region", description = "Only this region.")
    private String region;

    @Option(names = "--customer", description = "Only this customer code.")
    private String customer;

    @Option(names = "--carrier", description = "Only this carrier (SCAC).")
    private String carrier;

    @Option(names = "--tolerance-hours", paramLabel = "HOURS", description = "On-time tolerance (default: 24).")
    private String toleranceHours;

    @Option(names = "--reported-within-hours", paramLabel = "HOURS",
            description = "A milestone reported within this many hours of happening is timely (default: 24).")
    private String reportedWithinHours;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "table (default) or csv (one row per group, every KPI in one file).")
    private String format;

    @Option(names = "--json", description = "Print the answer as JSON, as GET /api/v1/kpis gives it.")
    private boolean json;

    @Override
    public Integer call() {
        KpiQueryParser parser = new KpiQueryParser();
        KpiQuery query = parser.parse(new KpiQueryParser.Parameters(kpi, by, period, from, to, region, customer, carrier,
                toleranceHours, reportedWithinHours)).orElseThrow(() -> new ParameterException(spec.commandLine(),
                parser.problems().stream().map(p -> "--" + option(p.field()) + " " + p.reason())
                        .collect(Collectors.joining("; "))));
        Format output = format(format);
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(database.properties())) {
            List<KpiReport> reports = context.getBean(KpiService.class).report(query);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(KpiJson.of(query, reports)));
            } else if (output == Format.CSV) {
                csv(out, query, reports);
            } else {
                table(out, query, reports);
            }
            out.flush();
            return 0;
        }
    }

    private Format format(String text) {
        try {
            return Format.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format must be table or csv, not " + text);
        }
    }

    /** toleranceHours to tolerance-hours. */
    private static String option(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static void table(PrintWriter out, KpiQuery query, List<KpiReport> reports) {
        for (KpiReport r : reports) {
            out.printf("%s: %s%n", r.kpi().id(), r.kpi().definition());
            if (r.total() == null && r.groups().isEmpty()) {
                out.println("  no facts in this window");
                out.println();
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(header(query.by(), "value", "numerator", "denominator", "facts", "median", "p90", "unit"));
            r.groups().forEach(g -> rows.add(row(query.by(), g)));
            if (!query.by().isEmpty() && r.total() != null) {
                rows.add(row(query.by(), r.total()));
            }
            print(out, rows);
            out.println();
        }
    }

    private static void csv(PrintWriter out, KpiQuery query, List<KpiReport> reports) {
        List<String> header = new ArrayList<>(List.of("kpi"));
        query.by().forEach(d -> header.add(name(d)));
        header.addAll(List.of("value", "numerator", "denominator", "facts", "median", "p90", "unit"));
        out.println(String.join(",", header));
        for (KpiReport r : reports) {
            for (KpiGroup g : r.groups()) {
                List<String> cells = new ArrayList<>(List.of(r.kpi().id()));
                cells.addAll(List.of(row(query.by(), g)));
                out.println(cells.stream().map(KpiCommand::csvCell).collect(Collectors.joining(",")));
            }
        }
    }

    private static String[] header(List<Dimension> by, String... figures) {
        List<String> cells = new ArrayList<>(by.stream().map(KpiCommand::name).toList());
        if (cells.isEmpty()) {
            cells.add("");
        }
        cells.addAll(List.of(figures));
        return cells.toArray(new String[0]);
    }

    private static String[] row(List<Dimension> by, KpiGroup g) {
        List<String> cells = new ArrayList<>();
        boolean total = g.key().isEmpty();
        for (int i = 0; i < by.size(); i++) {
            cells.add(total ? (i == 0 ? "(total)" : "") : g.key().get(by.get(i)));
        }
        if (by.isEmpty()) {
            cells.add("all");
        }
        cells.add(plain(g.value()));
        cells.add(plain(g.numerator()));
        cells.add(plain(g.denominator()));
        cells.add(Integer.toString(g.facts()));
        cells.add(g.median() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", g.median()));
        cells.add(g.p90() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", g.p90()));
        cells.add(g.unit());
        return cells.toArray(new String[0]);
    }

    private static void print(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < r.length; i++) {
                line.append(' ').append(String.format("%-" + widths[i] + "s", r[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String name(Dimension d) {
        return d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

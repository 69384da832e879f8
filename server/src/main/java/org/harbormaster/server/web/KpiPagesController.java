package org.harbormaster.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.harbormaster.kpi.Dimension;
import org.harbormaster.kpi.Kpi;
import org.harbormaster.kpi.KpiGroup;
import org.harbormaster.server.kpis.KpiQuery;
import org.harbormaster.server.kpis.KpiQueryParser;
import org.harbormaster.server.kpis.KpiReport;
import org.harbormaster.server.kpis.KpiService;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The KPI dashboard: a KPI's trend by week or month and its breakdown by lane, vendor or customer, drawn with
 * ECharts from {@code GET /api/v1/kpis} in the browser, each chart with its figures as a table too; and the same
 * figures as CSV.
 */
@Controller
@OperatorPage
class KpiPagesController {

    static final List<String> BREAKDOWNS = List.of("lane", "vendor", "customer", "carrier", "region");

    private final KpiService kpis;
    private final Clock clock;

    KpiPagesController(KpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    /** What the form chose; defaults: on-time arrival, by week, by lane, the last 90 days. */
    record KpiChoice(String kpi, String period, String breakdown, String from, String to) {

        KpiChoice {
            kpi = blank(kpi) ? Kpi.ON_TIME_ARRIVAL.id() : kpi.strip();
            period = "month".equalsIgnoreCase(period) ? "month" : "week";
            breakdown = breakdown != null && BREAKDOWNS.contains(breakdown.strip().toLowerCase(Locale.ROOT))
                    ? breakdown.strip().toLowerCase(Locale.ROOT) : "lane";
        }

        KpiChoice withDefaultWindow(LocalDate today) {
            return new KpiChoice(kpi, period, breakdown, blank(from) ? today.minusDays(90).toString() : from,
                    blank(to) ? today.toString() : to);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    record KpiOption(String id, String label, String definition, String measure) {
    }

    @GetMapping("/kpis")
    String dashboard(@RequestParam(required = false) String kpi, @RequestParam(required = false) String period,
                     @RequestParam(required = false) String breakdown, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        KpiChoice choice = new KpiChoice(kpi, period, breakdown, from, to)
                .withDefaultWindow(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        model.addAttribute("choice", choice);
        model.addAttribute("options", Arrays.stream(Kpi.values()).map(k -> new KpiOption(k.id(), label(k),
                k.definition(), k.measure().name())).toList());
        model.addAttribute("breakdowns", BREAKDOWNS);
        return "kpis/dashboard";
    }

    /** Every KPI (or the chosen ones), grouped as asked, one row per group: what the API gives, as CSV. */
    @GetMapping("/kpis/export.csv")
    void export(@RequestParam(required = false) String kpi, @RequestParam(required = false) String by,
                @RequestParam(required = false) String period, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        KpiQueryParser parser = new KpiQueryParser();
        KpiQuery query = parser.parse(new KpiQueryParser.Parameters(kpi, by, period, from, to, null, null, null, null,
                null)).orElseThrow(() -> new InvalidRequestException(parser.problems()));
        List<KpiReport> reports = kpis.report(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"harbormaster-kpis.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        List<String> header = new ArrayList<>(List.of("kpi"));
        query.by().forEach(d -> header.add(name(d)));
        header.addAll(List.of("value", "numerator", "denominator", "facts", "median", "p90", "unit"));
        out.println(String.join(",", header));
        for (KpiReport r : reports) {
            List<KpiGroup> groups = new ArrayList<>(r.groups());
            if (query.by().isEmpty() && r.total() != null) {
                groups = List.of(r.total());
            }
            for (KpiGroup g : groups) {
                List<String> cells = new ArrayList<>(List.of(r.kpi().id()));
                query.by().forEach(d -> cells.add(g.key().getOrDefault(d, "")));
                cells.add(plain(g.value()));
                cells.add(plain(g.numerator()));
                cells.add(plain(g.denominator()));
                cells.add(Integer.toString(g.facts()));
                cells.add(g.median() == null ? "" : String.format(Locale.ROOT, "%.2f", g.median()));
                cells.add(g.p90() == null ? "" : String.format(Locale.ROOT, "%.2f", g.p90()));
                cells.add(g.unit() == null ? "" : g.unit());
                out.println(cells.stream().map(KpiPagesController::cell).collect(Collectors.joining(",")));
            }
        }
        out.flush();
    }

    static String label(Kpi k) {
        String words = k.id().replace('-', ' ');
        words = words.replace("sla", "SLA").replace("per 100", "per 100");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String name(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

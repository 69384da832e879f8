package org.harbormaster.simulator.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's report as one self-contained HTML page: the KPIs of what happened next to what Harbormaster saw,
 * with the weekly trends as inline SVG charts. The performance line is the only part that depends on the
 * machine; leave it out for a page that is the same for the same seed.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    public static byte[] page(SimulationReport report, boolean withPerformance) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbormaster simulation: ")
                .append(Html.escape(report.value("run.scenario"))).append("</title>").append(Html.STYLE)
                .append("</head><body>");
        html.append("<h1>Simulation report</h1><p>").append(Html.escape(report.value("run.scenario")))
                .append(" &middot; policy <b>").append(Html.escape(report.value("run.policy")))
                .append("</b> &middot; seed ").append(Html.escape(report.value("run.seed")))
                .append(" &middot; ").append(Html.escape(report.value("run.days"))).append(" days from ")
                .append(Html.escape(report.value("run.start"))).append(" &middot; ")
                .append(Html.escape(report.value("run.shipments"))).append(" shipments, ")
                .append(Html.escape(report.value("run.containers"))).append(" containers</p>");
        html.append("<h2>What happened, and what Harbormaster saw</h2><table><tr><th>KPI</th><th>truth</th>"
                + "<th>Harbormaster's view</th></tr>");
        row(html, report, "Vessel arrivals within a day of schedule", "truth.scheduleReliability.onTimeShare",
                "observed.arrivalAtPortOfDischarge.withinOneDayOfPlanShare", "%");
        row(html, report, "Mean delay of late vessel arrivals (days)", "truth.scheduleReliability.lateArrivalMeanDelayDays",
                null, "d");
        row(html, report, "Truck-bound dwell (days)", "truth.dwell.truck.meanDays", "observed.dwell.truck.meanDays", "d");
        row(html, report, "Truck-bound dwell over 5 days", "truth.dwell.truck.shareOverFiveDays",
                "observed.dwell.truck.shareOverFiveDays", "%");
        row(html, report, "Rail-bound dwell (days)", "truth.dwell.rail.meanDays", "observed.dwell.rail.meanDays", "d");
        row(html, report, "Customs hold rate", "truth.customs.holdRate", "observed.customs.holdRate", "%");
        row(html, report, "Deliveries on time vs promise", "truth.delivery.onTimeShare", "observed.delivery.onTimeShare",
                "%");
        html.append("</table>");
        html.append("<h2>Costs</h2><table><tr><th>item</th><th>value</th></tr>");
        for (String key : List.of("demurrageDays", "demurrageUsd", "detentionDays", "detentionUsd", "ddUsdPerContainer",
                "drayageUsd", "railUsd", "yardStorageAndPrePullUsd", "totalUsdPerContainer")) {
            html.append("<tr><td>").append(key).append("</td><td>")
                    .append(Html.escape(report.value("truth.costs." + key))).append("</td></tr>");
        }
        html.append("</table>");
        html.append("<h2>Data and operations</h2><table><tr><th>item</th><th>value</th></tr>");
        for (String path : List.of("inbox.messages", "inbox.events", "inbox.parseFailures", "inbox.messagesWithFailures",
                "inbox.unmatchedEvents", "observed.dataQuality.completeness",
                "observed.dataQuality.recordingLagMedianHours", "observed.dataQuality.recordedWithin24HoursShare",
                "observed.prediction.arrivalP50MeanAbsoluteErrorDays", "observed.prediction.arrivalP90CoverageShare",
                "operations.workItemsRaised", "operations.handledWithinSlaShare", "operations.meanHoursToHandle",
                "truth.exceptions.rolledShipments", "truth.exceptions.missedConnections",
                "truth.exceptions.expeditedPickups", "run.simulatedEvents")) {
            html.append("<tr><td>").append(path).append("</td><td>").append(Html.escape(report.value(path)))
                    .append("</td></tr>");
        }
        html.append("</table>");
        breakdown(html, report, "By customer", "breakdown.byCustomer",
                List.of("shipments", "deliveredOnTimeShare", "ddUsdPerContainer"));
        breakdown(html, report, "By lane", "breakdown.byLane",
                List.of("shipments", "arrivedWithinOneDayOfPlanShare", "meanPortToPortDays", "rolledShipments"));
        breakdown(html, report, "Trucker scorecards", "breakdown.byTrucker",
                List.of("moves", "missedAppointmentShare", "drayageUsd"));
        List<Map<String, Object>> weeks = report.weekly();
        html.append("<h2>Week by week (by week of discharge, counted from the start)</h2>");
        html.append(SvgChart.line("Vessel arrivals within a day of the plan", series(weeks, "arrivedWithinOneDayShare"),
                1, "%"));
        html.append(SvgChart.line("Deliveries on time vs promise", series(weeks, "deliveredOnTimeShare"), 1, "%"));
        html.append(SvgChart.line("Truck-bound dwell (days)", series(weeks, "truckDwellMeanDays"), 0, "d"));
        html.append(SvgChart.bars("Demurrage and detention (USD)", series(weeks, "ddUsd"), 0, "$"));
        if (withPerformance) {
            SimulationReport.Performance p = report.performance();
            html.append(String.format(Locale.ROOT, "<p class=\"note\">Run on this machine in %.1f s: %,.0f simulated "
                            + "events/s, %,.0f shipments/s, %,.0f parsed events/s.</p>", p.wallMillis() / 1000.0,
                    p.simulatedEventsPerSecond(), p.shipmentsPerSecond(), p.parsedEventsPerSecond()));
        }
        html.append("<p class=\"note\">Truth is what happened in the simulated network; Harbormaster's view is what its "
                + "shipments show after parsing and applying the vendors' messages, late, doubled, missing and wrong "
                + "ones included. The full figures are in report.json.</p></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void breakdown(StringBuilder html, SimulationReport report, String title, String path,
                                  List<String> columns) {
        html.append("<h2>").append(Html.escape(title)).append("</h2><table><tr><th></th>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr>");
        ((Map<String, Map<String, Object>>) report.value(path)).forEach((name, figures) -> {
            html.append("<tr><td>").append(Html.escape(name)).append("</td>");
            columns.forEach(c -> html.append("<td>").append(Html.escape(figures.get(c))).append("</td>"));
            html.append("</tr>");
        });
        html.append("</table>");
    }

    private static void row(StringBuilder html, SimulationReport report, String label, String truth, String observed,
                            String unit) {
        html.append("<tr><td>").append(Html.escape(label)).append("</td><td>")
                .append(format(report.number(truth), unit)).append("</td><td>")
                .append(observed == null ? "&ndash;" : format(report.number(observed), unit)).append("</td></tr>");
    }

    private static String format(double value, String unit) {
        return "%".equals(unit) ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The weeks that have the figure (a week without truck-bound pickups has no dwell), in order. */
    private static List<Double> series(List<Map<String, Object>> weeks, String key) {
        return weeks.stream().filter(w -> w.containsKey(key)).map(w -> ((Number) w.get(key)).doubleValue()).toList();
    }

    /** The comparison of two policies as a page: each KPI's means, difference and its 95% interval. */
    @SuppressWarnings("unchecked")
    public static byte[] comparison(Map<String, Object> comparison) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Policy comparison</title>")
                .append(Html.STYLE).append("</head><body><h1>Policy comparison</h1><p>")
                .append(Html.escape(comparison.get("scenario"))).append(": <b>")
                .append(Html.escape(comparison.get("first"))).append("</b> (first) against <b>")
                .append(Html.escape(comparison.get("second"))).append("</b> (second), ")
                .append(Html.escape(comparison.get("days"))).append(" days, seeds ")
                .append(Html.escape(comparison.get("seeds"))).append("</p><p class=\"note\">")
                .append(Html.escape(comparison.get("method"))).append("</p>");
        html.append("<table><tr><th>KPI</th><th>first</th><th>second</th><th>difference</th><th>change</th><th>95% CI</th>"
                + "<th>interval (0 in the middle)</th><th>verdict</th></tr>");
        for (Map<String, Object> m : (List<Map<String, Object>>) comparison.get("metrics")) {
            double low = ((Number) m.get("ciLow")).doubleValue();
            double high = ((Number) m.get("ciHigh")).doubleValue();
            double diff = ((Number) m.get("difference")).doubleValue();
            html.append("<tr><td>").append(Html.escape(m.get("label"))).append("</td><td>")
                    .append(Html.escape(m.get("firstMean"))).append("</td><td>").append(Html.escape(m.get("secondMean")))
                    .append("</td><td>").append(Html.escape(m.get("difference"))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.1f%%", ((Number) m.get("relativeDifference")).doubleValue() * 100))
                    .append("</td><td>[")
                    .append(Html.escape(m.get("ciLow"))).append(", ").append(Html.escape(m.get("ciHigh")))
                    .append("]</td><td>").append(SvgChart.interval(low, diff, high)).append("</td><td>")
                    .append(Html.escape(m.get("verdict"))).append("</td></tr>");
        }
        html.append("</table></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.harbormaster.simulator.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML reports: no script, no external file, so a report is one page. */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 48;
    private static final int BOTTOM = 24;
    private static final int TOP = 12;

    private SvgChart() {
    }

    /** A line over weeks; {@code max} fixes the top of the scale (0: the largest value). */
    static String line(String title, List<Double> values, double max, String unit) {
        return chart(title, values, max, unit, false);
    }

    static String bars(String title, List<Double> values, double max, String unit) {
        return chart(title, values, max, unit, true);
    }

    private static String chart(String title, List<Double> values, double max, String unit, boolean bars) {
        double top = max > 0 ? max : values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        top = top <= 0 ? 1 : top;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption>");
        svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
        int plotWidth = WIDTH - LEFT - 8;
        int plotHeight = HEIGHT - BOTTOM - TOP;
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>", LEFT, y,
                    WIDTH - 8, y, LEFT - 4, y + 3, format(top * i / 4, unit)));
        }
        int n = Math.max(1, values.size());
        double step = plotWidth / (double) n;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double v = Math.max(0, values.get(i));
            double h = plotHeight * Math.min(v, top) / top;
            double x = LEFT + i * step;
            if (bars) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"#4a7ab5\"><title>%d: %s</title></rect>", x + 1, TOP + plotHeight - h,
                        Math.max(1, step - 2), h, i + 1, format(v, unit)));
            } else {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x + step / 2, TOP + plotHeight - h));
            }
        }
        if (!bars) {
            svg.append("<polyline fill=\"none\" stroke=\"#4a7ab5\" stroke-width=\"2\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">first week</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d weeks</text>", LEFT, HEIGHT - 6,
                WIDTH - 8, HEIGHT - 6, values.size()));
        return svg.append("</svg></figure>").toString();
    }

    /** A confidence interval on a symmetric axis around zero, as one row of a forest plot. */
    static String interval(double low, double mid, double high) {
        double extent = Math.max(Math.abs(low), Math.abs(high));
        extent = extent == 0 ? 1 : extent;
        int w = 240;
        int h = 18;
        double scale = (w / 2.0 - 6) / extent;
        double x0 = w / 2.0;
        return String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
                + "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>"
                + "<line x1=\"%.1f\" y1=\"9\" x2=\"%.1f\" y2=\"9\" stroke=\"#333\" stroke-width=\"2\"/>"
                + "<circle cx=\"%.1f\" cy=\"9\" r=\"4\" fill=\"#4a7ab5\"/></svg>", w, h, w, h, x0, x0, h,
                x0 + low * scale, x0 + high * scale, x0 + mid * scale);
    }

    private static String format(double v, String unit) {
        return switch (unit) {
            case "%" -> String.format(Locale.ROOT, "%.0f%%", v * 100);
            case "d" -> String.format(Locale.ROOT, "%.1f d", v);
            case "$" -> String.format(Locale.ROOT, "$%,.0f", v);
            default -> String.format(Locale.ROOT, "%.1f", v);
        };
    }
}

package org.harbormaster.simulator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small arithmetic for the report: counts, means and shares, rounded to four places so they print the same. */
final class Figures {

    private final List<Double> values = new ArrayList<>();
    private long hits;

    void add(double value) {
        values.add(value);
    }

    void count(boolean hit) {
        values.add(hit ? 1.0 : 0.0);
        if (hit) {
            hits++;
        }
    }

    int n() {
        return values.size();
    }

    long hits() {
        return hits;
    }

    double mean() {
        if (values.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    double shareAbove(double threshold) {
        if (values.isEmpty()) {
            return 0;
        }
        return values.stream().filter(v -> v > threshold).count() / (double) values.size();
    }

    double quantile(double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index);
    }

    static BigDecimal round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    static SortedMap<String, Object> map() {
        return new TreeMap<>();
    }
}

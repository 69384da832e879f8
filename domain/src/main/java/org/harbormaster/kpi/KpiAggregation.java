package org.harbormaster.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups a KPI's observations by the dimensions asked (none: one group of everything) and sums each group.
 * Groups come out ordered by their key; a group has at least one observation, so an empty input gives none.
 */
public final class KpiAggregation {

    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiAggregation() {
    }

    public static List<KpiGroup> groups(Kpi kpi, List<Observation> observations, List<Dimension> by, Period period) {
        Objects.requireNonNull(period, "period");
        Map<List<String>, List<Observation>> grouped = new TreeMap<>(KpiAggregation::compareKeys);
        for (Observation o : observations) {
            List<String> key = new ArrayList<>();
            for (Dimension d : by) {
                key.add(d == Dimension.PERIOD ? period.bucket(o.at()) : o.subject().valueOf(d));
            }
            key.add(o.unit());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<KpiGroup> out = new ArrayList<>();
        grouped.forEach((key, members) -> out.add(group(kpi, by, key, members)));
        return out;
    }

    private static KpiGroup group(Kpi kpi, List<Dimension> by, List<String> key, List<Observation> members) {
        Map<Dimension, String> named = new LinkedHashMap<>();
        for (int i = 0; i < by.size(); i++) {
            named.put(by.get(i), key.get(i));
        }
        BigDecimal numerator = members.stream().map(Observation::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = members.stream().map(Observation::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Double> samples = members.stream().map(Observation::sample).filter(Objects::nonNull).sorted().toList();
        Double median = samples.isEmpty() ? null : median(samples);
        Double p90 = samples.isEmpty() ? null : percentile(samples, 0.9);
        return new KpiGroup(named, key.get(key.size() - 1), numerator, denominator, members.size(),
                value(kpi.measure(), numerator, denominator, median), median, p90);
    }

    private static BigDecimal value(Measure measure, BigDecimal numerator, BigDecimal denominator, Double median) {
        return switch (measure) {
            case MEDIAN_HOURS -> median == null ? null : BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP);
            case PER_HUNDRED -> ratio(numerator.multiply(HUNDRED), denominator);
            case SHARE, PER_CONTAINER -> ratio(numerator, denominator);
        };
    }

    /** numerator / denominator to four places; null for an empty denominator. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** The middle sample, or the mean of the two middle ones; {@code sorted} must not be empty. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank: the smallest sample with at least {@code p} of the samples at or below it. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static int compareKeys(List<String> a, List<String> b) {
        Comparator<String> natural = Comparator.naturalOrder();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = natural.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

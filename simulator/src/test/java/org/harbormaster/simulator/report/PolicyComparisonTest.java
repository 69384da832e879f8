package org.harbormaster.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pre-pulling on availability against waiting for the consignee, over three paired seeds. */
class PolicyComparisonTest {

    private static PolicyComparison.Result result;

    @BeforeAll
    static void compare() {
        result = PolicyComparison.compare(ScenarioFile.defaultScenario(), "baseline", "pre-pull", 30,
                List.of(1L, 2L, 3L), SimulationOptions.Progress.NONE);
    }

    @Test
    void pre_pulling_shortens_dwell_and_cuts_demurrage_and_costs_yard_storage() {
        assertThat(metric("truth.dwell.truck.meanDays")).containsEntry("verdict", "second better");
        assertThat(number(metric("truth.dwell.truck.meanDays"), "ciHigh")).isNegative();
        assertThat(number(metric("truth.costs.yardStorageAndPrePullUsd"), "difference")).isPositive();
        assertThat(number(metric("truth.costs.demurrageUsd"), "difference")).isNotPositive();
    }

    @Test
    void every_metric_has_an_interval_around_its_difference() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) result.comparison().get("metrics");
        assertThat(metrics).hasSize(PolicyComparison.METRICS.size()).allSatisfy(m -> {
            assertThat(number(m, "ciLow")).isLessThanOrEqualTo(number(m, "difference"));
            assertThat(number(m, "ciHigh")).isGreaterThanOrEqualTo(number(m, "difference"));
        });
    }

    @Test
    void the_comparison_page_shows_each_metric() {
        String html = new String(ReportHtml.comparison(result.comparison()), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).contains("Truck-bound dwell (days)", "95% CI", "<svg");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metric(String kpi) {
        return ((List<Map<String, Object>>) result.comparison().get("metrics")).stream()
                .filter(m -> m.get("kpi").equals(kpi)).findFirst().orElseThrow();
    }

    private static double number(Map<String, Object> metric, String key) {
        return ((Number) metric.get(key)).doubleValue();
    }
}

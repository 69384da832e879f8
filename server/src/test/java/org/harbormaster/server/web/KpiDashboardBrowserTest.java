package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The KPI dashboard draws its charts (ECharts, from /api/v1/kpis) and lists every KPI. */
class KpiDashboardBrowserTest extends BrowserTestSupport {

    @Test
    void the_kpi_charts_render_with_the_figures_of_the_database() {
        slippedShipment("KPI", "KPIS01");
        signInAsAdmin();
        open("/kpis?kpi=budget-coverage&period=week&breakdown=customer");

        waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.hmChartsRendered === true;")));
        assertThat(browser().findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
        assertThat(browser().findElements(By.cssSelector("#breakdown-chart canvas"))).isNotEmpty();
        assertThat(seriesLength("trend-chart")).as("points on the trend").isPositive();
        assertThat(seriesLength("breakdown-chart")).as("bars in the breakdown").isPositive();
        assertThat(browser().findElement(By.id("kpi-problem")).isDisplayed()).isFalse();
        assertThat(browser().findElement(By.id("all-kpis")).getText()).contains("on-time-arrival", "sla-breach-rate",
                "budget-coverage");
        browser().findElement(By.cssSelector("#breakdown-h + .chart + details summary")).click();
        assertThat(browser().findElement(By.id("breakdown-table")).getText()).contains("KPIS01");
        screenshot("kpis");
    }

    private long seriesLength(String chart) {
        Object n = ((JavascriptExecutor) browser()).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series[0].data.length;",
                chart);
        return ((Number) n).longValue();
    }
}

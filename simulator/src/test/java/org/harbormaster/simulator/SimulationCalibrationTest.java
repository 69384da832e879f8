package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.network.ScheduleReliability;
import org.harbormaster.simulator.network.Timetable;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default scenario, run for a year (about 12,000 shipments), reproduces the figures it was calibrated to
 * within these tolerances: schedule reliability within 6 points of the carriers' figures weighted by their
 * arrivals (a year has only about 370 vessel arrivals; the mechanism itself is checked to 2 points over 2,000
 * voyages per service), mean dwell within 5% and the share over five days within 2 points (truck) and 3
 * points (rail), customs hold rate within 0.6 points, in the truth and in Harbormaster's own view of it.
 */
class SimulationCalibrationTest {

    private static final Scenario SCENARIO = ScenarioFile.defaultScenario();
    private static SimulationReport year;

    @BeforeAll
    static void runAYear() {
        year = Simulation.run(SCENARIO, SimulationOptions.of(365, 2026));
    }

    @Test
    void each_carriers_vessels_keep_schedule_as_often_as_its_figure_says() {
        RandomStreams random = new RandomStreams(7);
        Timetable timetable = new Timetable(SCENARIO);
        ScheduleReliability reliability = new ScheduleReliability(random, timetable, SCENARIO);
        for (int service = 0; service < SCENARIO.services().size(); service++) {
            int lastCall = SCENARIO.services().get(service).calls().size() - 1;
            for (long voyage = 0; voyage < 2000; voyage++) {
                reliability.arrival(timetable.sailing(service, voyage, 0, lastCall));
            }
        }
        Map<String, double[]> byCarrier = new TreeMap<>();
        for (ScheduleReliability.Arrival arrival : reliability.arrivals()) {
            double[] tally = byCarrier.computeIfAbsent(arrival.carrier(), c -> new double[4]);
            tally[0]++;
            tally[1] += arrival.onTime() ? 1 : 0;
            if (arrival.delayDays() > 1) {
                tally[2]++;
                tally[3] += arrival.delayDays();
            }
        }
        byCarrier.forEach((scac, tally) -> {
            Scenario.Carrier carrier = SCENARIO.carrier(scac).orElseThrow();
            assertThat(tally[1] / tally[0]).as(scac + " on-time share").isCloseTo(carrier.onTimeShare(), within(0.02));
            assertThat(tally[3] / tally[2]).as(scac + " mean delay of late arrivals")
                    .isCloseTo(carrier.lateDelayMeanDays(), within(0.25));
        });
    }

    @Test
    void vessel_arrivals_keep_schedule_as_often_as_the_carriers_figures_weighted_by_arrivals() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> byCarrier = (Map<String, Map<String, Number>>)
                year.value("truth.scheduleReliability.byCarrier");
        double expected = 0;
        double arrivals = 0;
        for (Map.Entry<String, Map<String, Number>> entry : byCarrier.entrySet()) {
            double n = entry.getValue().get("vesselArrivals").doubleValue();
            expected += n * SCENARIO.carrier(entry.getKey()).orElseThrow().onTimeShare();
            arrivals += n;
        }
        assertThat(arrivals).isGreaterThan(300);
        assertThat(year.number("truth.scheduleReliability.onTimeShare")).isCloseTo(expected / arrivals, within(0.06));
        assertThat(year.number("observed.arrivalAtPortOfDischarge.withinOneDayOfPlanShare"))
                .as("what Harbormaster saw, per shipment").isCloseTo(expected / arrivals, within(0.08));
    }

    @Test
    void truck_bound_dwell_matches_san_pedro_bay() {
        Scenario.Dwell figure = SCENARIO.terminal("USLAX").orElseThrow().truckDwell();
        for (String view : List.of("truth", "observed")) {
            assertThat(year.number(view + ".dwell.truck.meanDays")).as(view)
                    .isCloseTo(figure.meanDays(), within(figure.meanDays() * 0.05));
            assertThat(year.number(view + ".dwell.truck.shareOverFiveDays")).as(view)
                    .isCloseTo(figure.shareOverFiveDays(), within(0.02));
        }
    }

    @Test
    void rail_bound_dwell_matches_san_pedro_bay() {
        Scenario.Dwell figure = SCENARIO.terminal("USLAX").orElseThrow().railDwell();
        for (String view : List.of("truth", "observed")) {
            assertThat(year.number(view + ".dwell.rail.meanDays")).as(view)
                    .isCloseTo(figure.meanDays(), within(figure.meanDays() * 0.05));
            assertThat(year.number(view + ".dwell.rail.shareOverFiveDays")).as(view)
                    .isCloseTo(figure.shareOverFiveDays(), within(0.03));
        }
    }

    @Test
    void customs_holds_come_at_the_stated_rate() {
        double rate = SCENARIO.customsOf("US").orElseThrow().holdRate();

        assertThat(year.number("truth.customs.holdRate")).isCloseTo(rate, within(0.006));
        assertThat(year.number("observed.customs.holdRate")).as("releases recorded over 36 h after discharge")
                .isCloseTo(rate, within(0.006));
    }

    @Test
    void customers_order_their_yearly_volume_with_a_february_dip_and_a_peak_season() {
        double yearly = SCENARIO.customers().stream().mapToDouble(Scenario.CustomerProfile::shipmentsPerYear).sum();
        @SuppressWarnings("unchecked")
        Map<String, Number> byMonth = (Map<String, Number>) year.value("run.shipmentsOrderedByMonth");

        assertThat(year.number("run.shipments")).isCloseTo(yearly, within(yearly * 0.03));
        assertThat(byMonth.get("2026-08").doubleValue()).isGreaterThan(1.4 * byMonth.get("2026-02").doubleValue());
    }

    @Test
    void every_shipment_ordered_in_the_year_is_finished_and_nothing_went_unmatched() {
        assertThat(year.number("run.shipments")).isGreaterThan(11_000);
        assertThat(year.number("run.shipmentsFinished")).isEqualTo(year.number("run.shipments"));
        assertThat(year.number("inbox.unmatchedEvents")).isZero();
    }
}

package org.harbormaster.simulator;

import java.util.List;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/**
 * The speed figures of docs/PERFORMANCE.md: one simulated year of the default network scaled to about
 * 10,000, 50,000 and 200,000 shipments (volumes and capacities scaled alike). Not part of the build (its name
 * is no test's); run it with {@code ./mvnw -o -pl domain,formats,simulator test -Dtest=SimulationScalingBench
 * -Dsurefire.failIfNoSpecifiedTests=false}, optionally {@code -Dsim.sizes=10000,50000}.
 */
class SimulationScalingBench {

    @Test
    void one_year_at_growing_volumes() {
        Scenario scenario = ScenarioFile.defaultScenario();
        double yearly = scenario.customers().stream().mapToDouble(Scenario.CustomerProfile::shipmentsPerYear).sum();
        List<Integer> sizes = List.of(System.getProperty("sim.sizes", "10000,50000,200000").split(",")).stream()
                .map(String::strip).map(Integer::parseInt).toList();
        Simulation.run(scenario, SimulationOptions.of(30, 99));   // warm up the JIT and load the UN/LOCODE list
        System.out.println("| shipments/year | shipments | simulated events | messages | events parsed | wall s "
                + "| simulated events/s | shipments/s | parsed events/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            SimulationReport report = Simulation.run(scenario.withVolumeScaledBy(size / yearly),
                    SimulationOptions.of(365, 1));
            SimulationReport.Performance p = report.performance();
            System.out.printf(java.util.Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.1f | %,.0f | %,.0f | %,.0f |%n",
                    size, p.shipments(), p.simulatedEvents(), p.messages(), p.parsedEvents(), p.wallMillis() / 1000.0,
                    p.simulatedEventsPerSecond(), p.shipmentsPerSecond(), p.parsedEventsPerSecond());
        }
    }
}

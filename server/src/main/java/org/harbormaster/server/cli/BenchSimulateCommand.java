package org.harbormaster.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.harbormaster.simulator.Simulation;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbormaster bench simulate}: one simulated year of the default network scaled to each size (volumes,
 * capacities and team alike), in memory, with the rates docs/PERFORMANCE.md records.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate one year of the default network at each size and print the speed as a table.")
public final class BenchSimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,200000", paramLabel = "N,...",
            description = "Shipments a year to scale the network to (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--days", defaultValue = "365", description = "Days of orders (default: ${DEFAULT-VALUE}).")
    private int days;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioFile.defaultScenario();
        double yearly = scenario.customers().stream().mapToDouble(Scenario.CustomerProfile::shipmentsPerYear).sum();
        Simulation.run(scenario, SimulationOptions.of(30, 99));   // warm up the JIT and load the UN/LOCODE list
        PrintWriter out = spec.commandLine().getOut();
        out.println("| shipments/year | shipments | simulated events | messages | events parsed | wall s "
                + "| simulated events/s | shipments/s | parsed events/s |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            SimulationReport report = Simulation.run(scenario.withVolumeScaledBy(size / yearly),
                    SimulationOptions.of(days, 1));
            SimulationReport.Performance p = report.performance();
            out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.1f | %,.0f | %,.0f | %,.0f |%n", size,
                    p.shipments(), p.simulatedEvents(), p.messages(), p.parsedEvents(), p.wallMillis() / 1000.0,
                    p.simulatedEventsPerSecond(), p.shipmentsPerSecond(), p.parsedEventsPerSecond());
            out.flush();
        }
        return 0;
    }
}

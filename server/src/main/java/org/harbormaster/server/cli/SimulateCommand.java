package org.harbormaster.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harbormaster.simulator.ConsoleProgress;
import org.harbormaster.simulator.Simulation;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.report.PolicyComparison;
import org.harbormaster.simulator.report.ReportFiles;
import org.harbormaster.simulator.report.SimulationReport;
import org.harbormaster.simulator.scenario.InvalidScenarioException;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harbormaster simulate}: runs a regional network (the default scenario unless one is named) through
 * Harbormaster's own parsing, application and prediction code, in memory, and writes its report; with
 * {@code --compare} runs two policies over several seeds and reports their differences with confidence intervals.
 * It needs no database. See docs/simulator.md.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a regional network and report what an operating policy would have done to the KPIs.",
                "Writes report.json (byte-identical for a seed), report.html and performance.json into --out; with "
                        + "--compare, comparison.json and comparison.html."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file (YAML); the default scenario "
            + "(calibrated to public figures) when left out.")
    private Path scenarioFile;

    @Option(names = "--days", required = true, paramLabel = "N", description = "Days of orders to simulate.")
    private int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--policy", paramLabel = "P", description = "The operating policy, by its name in the scenario "
            + "(default: the scenario's own).")
    private String policy;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the report.")
    private Path out;

    @Option(names = "--compare", paramLabel = "P2", description = "Compare --policy (or the scenario's) with P2.")
    private String compareWith;

    @Option(names = "--seeds", defaultValue = "5", paramLabel = "K",
            description = "With --compare: how many seeds, from --seed on (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > 3660) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and 3660, not " + days);
        }
        if (compareWith != null && seeds < 2) {
            throw new ParameterException(spec.commandLine(), "--seeds must be at least 2 for a confidence interval");
        }
        Scenario scenario = scenario();
        Files.createDirectories(out);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (compareWith == null) {
                SimulationReport report = Simulation.run(scenario, new SimulationOptions(days, seed, policy,
                        new ConsoleProgress(err, "day")));
                ReportFiles.write(report, out);
                stdout.printf("%s: %d days, seed %d, %d shipments, %.0f simulated events/s; report in %s%n",
                        scenario.name(), days, seed, report.performance().shipments(),
                        report.performance().simulatedEventsPerSecond(), out.resolve(ReportFiles.HTML));
            } else {
                String first = policy == null ? scenario.policy() : policy;
                List<Long> seedList = new ArrayList<>();
                for (int i = 0; i < seeds; i++) {
                    seedList.add(seed + i);
                }
                PolicyComparison.Result result = PolicyComparison.compare(scenario, first, compareWith, days, seedList,
                        new ConsoleProgress(err, "run"));
                ReportFiles.write(result, out);
                stdout.printf("%s: %s against %s over %d seeds of %d days; comparison in %s%n", scenario.name(), first,
                        compareWith, seeds, days, out.resolve(ReportFiles.COMPARISON_HTML));
            }
        } catch (InvalidScenarioException e) {
            err.println("harbormaster: " + e.getMessage());
            return HarbormasterCommand.USAGE;
        }
        stdout.flush();
        return 0;
    }

    private Scenario scenario() {
        try {
            return scenarioFile == null ? ScenarioFile.defaultScenario() : ScenarioFile.read(scenarioFile);
        } catch (InvalidScenarioException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

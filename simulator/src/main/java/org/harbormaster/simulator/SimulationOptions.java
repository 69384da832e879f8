package org.harbormaster.simulator;

import java.util.Objects;

/**
 * How to run a scenario: for how many days customers order (the run continues until those orders are
 * delivered and their empties returned), with which seed, under which of the scenario's policies (null: its
 * default), and whom to tell of progress.
 */
public record SimulationOptions(int days, long seed, String policy, Progress progress) {

    /** Told once a simulated day while customers are ordering, and once more when the run is done. */
    @FunctionalInterface
    public interface Progress {
        void day(int done, int of);

        Progress NONE = (done, of) -> {
        };
    }

    public SimulationOptions {
        if (days <= 0) {
            throw new IllegalArgumentException("a run lasts at least one day, not " + days);
        }
        progress = Objects.requireNonNullElse(progress, Progress.NONE);
    }

    public static SimulationOptions of(int days, long seed) {
        return new SimulationOptions(days, seed, null, null);
    }

    public SimulationOptions withPolicy(String policyName) {
        return new SimulationOptions(days, seed, policyName, progress);
    }

    public SimulationOptions withSeed(long newSeed) {
        return new SimulationOptions(days, newSeed, policy, progress);
    }

    public SimulationOptions withProgress(Progress listener) {
        return new SimulationOptions(days, seed, policy, listener);
    }
}

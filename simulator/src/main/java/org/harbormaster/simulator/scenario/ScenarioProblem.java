package org.harbormaster.simulator.scenario;

/** One thing wrong with a scenario file, at a path such as {@code carriers[1].onTimeShare}. */
public record ScenarioProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}

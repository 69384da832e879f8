package org.harbormaster.simulator.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be run, with every problem found and the field it is in. */
public class InvalidScenarioException extends RuntimeException {

    private final String source;
    private final transient List<ScenarioProblem> problems;

    public InvalidScenarioException(String source, List<ScenarioProblem> problems) {
        super(source + " is not a valid scenario:\n" + problems.stream().map(p -> "  " + p)
                .collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}

package org.harbormaster.server.shipments;

import java.util.List;
import org.harbormaster.shipment.FieldProblem;

/** A request with one or more invalid fields; answered with 400 and every field named. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

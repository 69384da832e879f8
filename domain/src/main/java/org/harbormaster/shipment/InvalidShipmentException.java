package org.harbormaster.shipment;

import java.util.List;
import java.util.stream.Collectors;

/** A shipment or plan that breaks the trade's rules; carries every problem found, not just the first. */
public class InvalidShipmentException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidShipmentException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidShipmentException of(String field, String reason) {
        return new InvalidShipmentException(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

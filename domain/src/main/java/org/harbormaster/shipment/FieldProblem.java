package org.harbormaster.shipment;

/**
 * What is wrong with one field of a shipment, named by its path as the API spells it
 * (e.g. {@code cargo.containers[1].number}), so an API answer or a CSV report can point at it.
 */
public record FieldProblem(String field, String reason) {

    public FieldProblem nestedUnder(String prefix) {
        return new FieldProblem(prefix + "." + field, reason);
    }
}

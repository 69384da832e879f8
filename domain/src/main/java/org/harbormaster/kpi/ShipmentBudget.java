package org.harbormaster.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostLine;

/**
 * A shipment's budget and, once known, its actual costs (vendor invoices and accruals).
 *
 * @param actualCosts null while no actual cost of the shipment is known
 */
public record ShipmentBudget(Subject subject, Instant booked, Budget budget, List<CostLine> actualCosts) {

    public ShipmentBudget {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(booked, "booked");
        Objects.requireNonNull(budget, "budget");
        actualCosts = actualCosts == null ? null : List.copyOf(actualCosts);
    }

    public boolean hasActualCosts() {
        return actualCosts != null;
    }
}

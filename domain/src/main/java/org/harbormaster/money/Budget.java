package org.harbormaster.money;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The quoted cost of a shipment as cost lines; lines may be in several currencies. */
public record Budget(List<CostLine> lines) {

    public static final Budget NONE = new Budget(List.of());

    public Budget {
        lines = List.copyOf(lines);
    }

    /** Totals per currency, ordered by currency code; no conversion is implied. */
    public Map<Currency, Money> totals() {
        Map<Currency, Money> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        for (CostLine line : lines) {
            totals.merge(line.amount().currency(), line.amount(), Money::plus);
        }
        return totals;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}

package org.harbormaster.exception;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harbormaster.money.Money;

/**
 * What ignoring an alert would cost: demurrage and detention per day times the predicted days, expedite
 * cost, penalties, overruns; each a term with its arithmetic. Totals are per currency; nothing is converted.
 */
public record MoneyAtRisk(List<MoneyTerm> terms) {

    public static final MoneyAtRisk NONE = new MoneyAtRisk(List.of());

    public MoneyAtRisk {
        terms = List.copyOf(terms);
    }

    public static MoneyAtRisk of(MoneyTerm... terms) {
        return new MoneyAtRisk(List.of(terms));
    }

    public Map<Currency, Money> totals() {
        Map<Currency, Money> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        terms.forEach(t -> totals.merge(t.amount().currency(), t.amount(), Money::plus));
        return totals;
    }

    public boolean isNone() {
        return terms.stream().allMatch(t -> t.amount().amount().signum() == 0);
    }
}

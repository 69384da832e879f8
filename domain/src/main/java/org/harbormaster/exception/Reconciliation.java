package org.harbormaster.exception;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one re-evaluation did to a shipment's alerts: opened, updated (or breached), cleared, left alone. */
public record Reconciliation(List<Alert> opened, List<Alert> updated, List<Alert> cleared, List<Alert> unchanged) {

    public Reconciliation {
        opened = List.copyOf(opened);
        updated = List.copyOf(updated);
        cleared = List.copyOf(cleared);
        unchanged = List.copyOf(unchanged);
    }

    /** Every alert of the shipment after the reconciliation, to be stored. */
    public List<Alert> all() {
        List<Alert> all = new ArrayList<>(opened);
        all.addAll(updated);
        all.addAll(cleared);
        all.addAll(unchanged);
        return all;
    }

    /** The alert that now holds this rule and subject (active, or resolved with its cause present). */
    public Optional<Alert> holding(RuleCode code, String subject) {
        return all().stream().filter(a -> a.holdsKey() && a.key().code() == code && a.key().subject().equals(subject))
                .findFirst();
    }

    public List<Alert> active() {
        return all().stream().filter(Alert::isActive).toList();
    }
}

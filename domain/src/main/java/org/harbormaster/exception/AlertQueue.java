package org.harbormaster.exception;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The operators' queue: active alerts that are not snoozed, highest priority first; of two equal scores, the
 * one with less time left to act first.
 */
public final class AlertQueue {

    /** An alert with its priority, as the queue shows it. */
    public record Ranked(Alert alert, Priority priority) {
    }

    private static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.priority().score()).reversed()
            .thenComparing(r -> r.alert().finding().actBy(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Thresholds settings;

    /** @param settings where the points per promise day and per currency unit are read */
    public AlertQueue(Thresholds settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<Ranked> rank(List<Alert> alerts, Instant now) {
        return alerts.stream()
                .map(a -> a.tick(now))
                .filter(a -> a.isActive() && !a.isSnoozedAt(now))
                .map(a -> new Ranked(a, Priority.of(a.finding(), settings, now)))
                .sorted(ORDER)
                .toList();
    }
}

package org.harbormaster.exception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The deadlines of one alert, set when it opens from its rule's SLAs, and the breaches recorded against them.
 * A timer stops when its SLA is met (acknowledged or assigned; resolved) or when the alert clears by itself.
 * Snoozing does not stop it: a snooze hides an alert from the queue, it does not buy time.
 */
public record SlaTimer(Instant acknowledgeBy, Instant resolveBy, List<SlaBreach> breaches) {

    public SlaTimer {
        Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
        Objects.requireNonNull(resolveBy, "resolveBy");
        breaches = List.copyOf(breaches);
    }

    static SlaTimer startingAt(Instant opened, RuleFinding finding) {
        return new SlaTimer(opened.plus(finding.acknowledgeWithin()), opened.plus(finding.resolveWithin()), List.of());
    }

    public boolean breached(SlaKind kind) {
        return breaches.stream().anyMatch(b -> b.kind() == kind);
    }

    Instant due(SlaKind kind) {
        return kind == SlaKind.ACKNOWLEDGE ? acknowledgeBy : resolveBy;
    }

    SlaTimer withBreach(SlaKind kind, Instant recordedAt) {
        List<SlaBreach> more = new ArrayList<>(breaches);
        more.add(new SlaBreach(kind, due(kind), recordedAt));
        return new SlaTimer(acknowledgeBy, resolveBy, more);
    }
}

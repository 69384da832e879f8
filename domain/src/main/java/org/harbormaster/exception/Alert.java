package org.harbormaster.exception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harbormaster.shipment.ShipmentId;

/**
 * An exception case: opened by a rule's finding, kept up to date while its cause persists, handled by
 * operators (acknowledge, assign, snooze, comment, resolve with a reason code), and cleared by itself when
 * the cause goes away. Immutable: every change returns a new alert with one more {@link HistoryEntry}.
 *
 * @param causePresent whether the rule still finds the cause; a resolved alert whose cause persists keeps its
 *                     key, so the same cause does not open a second alert behind the operator's back
 * @param snoozedUntil when a snooze ends; null when not snoozed
 */
public record Alert(AlertId id, AlertKey key, AlertStatus status, RuleFinding finding, Instant openedAt,
                    Instant lastSeenAt, String assignee, Instant snoozedUntil, Instant acknowledgedAt,
                    Instant closedAt, boolean causePresent, SlaTimer sla, List<HistoryEntry> history) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(sla, "sla");
        history = List.copyOf(history);
    }

    public static Alert open(AlertId id, ShipmentId shipment, RuleFinding finding, Instant now) {
        return new Alert(id, AlertKey.of(shipment, finding), AlertStatus.OPEN, finding, now, now, null, null, null,
                null, true, SlaTimer.startingAt(now, finding),
                List.of(HistoryEntry.bySystem(now, AlertAction.OPENED, finding.explanation())));
    }

    public boolean isActive() {
        return !status.isClosed();
    }

    /** Whether a finding with this alert's key belongs to it rather than opening a new alert. */
    public boolean holdsKey() {
        return isActive() || (status == AlertStatus.RESOLVED && causePresent);
    }

    public boolean isSnoozedAt(Instant now) {
        return status == AlertStatus.SNOOZED && snoozedUntil != null && now.isBefore(snoozedUntil);
    }

    // --- what the rules and timers do

    /**
     * The cause persists: keep the latest finding, and note it in the history when it changed materially
     * (see {@link RuleFinding#differsMateriallyFrom}).
     */
    Alert update(RuleFinding latest, Instant now) {
        boolean changed = isActive() && latest.differsMateriallyFrom(finding);
        HistoryEntry entry = changed ? HistoryEntry.bySystem(now, AlertAction.UPDATED, latest.explanation()) : null;
        return next(status, isActive() ? latest : finding, now, assignee, snoozedUntil, acknowledgedAt, closedAt, true,
                sla, entry);
    }

    /** The cause went away: the alert closes itself, saying why. */
    Alert clear(String why, Instant now) {
        requireActive("clear");
        return next(AlertStatus.CLEARED, finding, now, assignee, null, acknowledgedAt, now, false, sla,
                HistoryEntry.bySystem(now, AlertAction.CLEARED, why));
    }

    /** The cause of a resolved alert went away: from now on the same cause opens a new alert. */
    Alert causeGone(String why, Instant now) {
        return next(status, finding, now, assignee, snoozedUntil, acknowledgedAt, closedAt, false, sla,
                HistoryEntry.bySystem(now, AlertAction.CAUSE_GONE_AFTER_RESOLUTION, why));
    }

    /** Ends a snooze that is over and records SLA breaches due by {@code now}; unchanged if nothing is due. */
    public Alert tick(Instant now) {
        Alert a = this;
        if (status == AlertStatus.SNOOZED && snoozedUntil != null && !now.isBefore(snoozedUntil)) {
            a = next(awakeStatus(), finding, lastSeenAt, assignee, null, acknowledgedAt, closedAt, causePresent, sla,
                    HistoryEntry.bySystem(snoozedUntil, AlertAction.SNOOZE_ENDED, "snoozed until " + snoozedUntil));
        }
        return a.slaChecked(now);
    }

    private Alert slaChecked(Instant now) {
        Alert a = this;
        Instant acknowledged = acknowledgedAt != null ? acknowledgedAt : (isActive() ? now : null);
        if (acknowledged != null && acknowledged.isAfter(sla.acknowledgeBy()) && !sla.breached(SlaKind.ACKNOWLEDGE)) {
            a = a.breach(SlaKind.ACKNOWLEDGE, acknowledged);
        }
        Instant resolved = status == AlertStatus.RESOLVED ? closedAt : (isActive() ? now : null);
        if (resolved != null && resolved.isAfter(sla.resolveBy()) && !sla.breached(SlaKind.RESOLVE)) {
            a = a.breach(SlaKind.RESOLVE, resolved);
        }
        return a;
    }

    private Alert breach(SlaKind kind, Instant at) {
        SlaTimer timer = sla.withBreach(kind, at);
        return next(status, finding, lastSeenAt, assignee, snoozedUntil, acknowledgedAt, closedAt, causePresent, timer,
                HistoryEntry.bySystem(at, AlertAction.SLA_BREACHED, kind + " was due " + sla.due(kind)));
    }

    // --- what operators do

    public Alert acknowledge(String by, Instant at, String comment) {
        requireActive("acknowledge");
        AlertStatus newStatus = assignee != null ? AlertStatus.ASSIGNED : AlertStatus.ACKNOWLEDGED;
        return next(newStatus, finding, lastSeenAt, assignee, null, firstAcknowledged(at), closedAt, causePresent, sla,
                new HistoryEntry(at, by, AlertAction.ACKNOWLEDGED, null, comment, null)).slaChecked(at);
    }

    /** Assigning someone acknowledges the alert: someone now owns it. */
    public Alert assign(String by, String to, Instant at, String comment) {
        requireActive("assign");
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("an alert is assigned to someone");
        }
        return next(AlertStatus.ASSIGNED, finding, lastSeenAt, to.strip(), null, firstAcknowledged(at), closedAt,
                causePresent, sla, new HistoryEntry(at, by, AlertAction.ASSIGNED, null, comment, "to " + to.strip()))
                .slaChecked(at);
    }

    public Alert snooze(String by, Instant until, Instant at, String comment) {
        requireActive("snooze");
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("a snooze ends after it starts: " + until + " is not after " + at);
        }
        return next(AlertStatus.SNOOZED, finding, lastSeenAt, assignee, until, acknowledgedAt, closedAt, causePresent,
                sla, new HistoryEntry(at, by, AlertAction.SNOOZED, null, comment, "until " + until)).slaChecked(at);
    }

    public Alert comment(String by, Instant at, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs text");
        }
        return next(status, finding, lastSeenAt, assignee, snoozedUntil, acknowledgedAt, closedAt, causePresent, sla,
                new HistoryEntry(at, by, AlertAction.COMMENTED, null, text.strip(), null));
    }

    public Alert resolve(String by, Instant at, ResolutionCode reason, String comment) {
        requireActive("resolve");
        Objects.requireNonNull(reason, "an alert is resolved with a reason code");
        return next(AlertStatus.RESOLVED, finding, lastSeenAt, assignee, null, firstAcknowledged(at), at, causePresent,
                sla, new HistoryEntry(at, by, AlertAction.RESOLVED, reason.name(), comment, null)).slaChecked(at);
    }

    private Instant firstAcknowledged(Instant at) {
        return acknowledgedAt != null ? acknowledgedAt : at;
    }

    private AlertStatus awakeStatus() {
        return assignee != null ? AlertStatus.ASSIGNED
                : acknowledgedAt != null ? AlertStatus.ACKNOWLEDGED : AlertStatus.OPEN;
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new IllegalStateException("cannot " + action + " alert " + id + ": it is " + status);
        }
    }

    private Alert next(AlertStatus newStatus, RuleFinding newFinding, Instant seen, String newAssignee, Instant snooze,
                       Instant acknowledged, Instant closed, boolean present, SlaTimer timer, HistoryEntry entry) {
        List<HistoryEntry> newHistory = history;
        if (entry != null) {
            newHistory = new ArrayList<>(history);
            newHistory.add(entry);
        }
        return new Alert(id, key, newStatus, newFinding, openedAt, seen, newAssignee, snooze, acknowledged, closed,
                present, timer, newHistory);
    }
}

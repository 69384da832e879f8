package org.harbormaster.server.exceptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.HistoryEntry;
import org.harbormaster.exception.MoneyTerm;
import org.harbormaster.exception.PriorityTerm;
import org.harbormaster.exception.PromiseRisk;
import org.harbormaster.exception.RuleFinding;
import org.harbormaster.exception.SlaKind;

/** An exception case as the API shows it: what, why (with the numbers), what to do, what it costs, how urgent. */
public record AlertView(String id, ShipmentRef shipment, String rule, String subject, String status, String severity,
                 String team, String region, String customer, String carrier, String assignee, String explanation,
                 String suggestedAction, MoneyView moneyAtRisk, PromiseView promise, String actBy,
                 PriorityView priority, SlaView sla, String openedAt, String lastSeenAt, String acknowledgedAt,
                 String closedAt, String snoozedUntil, long version, List<HistoryView> history) {

    public record ShipmentRef(String id, String reference) {
    }

    public record MoneyView(BigDecimal total, String currency, List<MoneyTermView> terms) {
    }

    public record MoneyTermView(String label, String arithmetic, BigDecimal amount, String currency) {
    }

    public record PromiseView(String promised, String p50, String p90, long daysLateAtP50, long daysLateAtP90) {
    }

    public record PriorityView(BigDecimal score, List<PriorityTermView> terms) {
    }

    public record PriorityTermView(String name, String kind, BigDecimal value, String arithmetic) {
    }

    public record SlaView(String acknowledgeBy, String resolveBy, String state, String acknowledgeBreachedAt,
                   String resolveBreachedAt) {
    }

    public record HistoryView(String at, String by, String action, String reasonCode, String comment, String detail) {
    }

    static AlertView of(AlertRepository.Stored stored, String shipmentReference, Instant now, boolean withHistory) {
        Alert a = stored.alert();
        RuleFinding f = a.finding();
        List<MoneyTermView> terms = f.moneyAtRisk().terms().stream().map(AlertView::term).toList();
        BigDecimal total = terms.stream().map(MoneyTermView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = terms.isEmpty() ? null : terms.get(0).currency();
        List<PriorityTermView> priorityTerms = FindingJson.readTerms(stored.priorityTerms()).stream()
                .map(AlertView::term).toList();
        return new AlertView(a.id().toString(), new ShipmentRef(a.key().shipment().toString(), shipmentReference),
                a.key().code().name(), a.key().subject(), a.status().name(), f.severity().name(), f.team(),
                stored.filing().region(), stored.filing().customer(), stored.filing().carrier(), a.assignee(),
                f.explanation(), f.suggestedAction(), new MoneyView(total, currency, terms), promise(f.promiseRisk()),
                text(f.actBy()), new PriorityView(stored.priority(), priorityTerms), sla(a, now), text(a.openedAt()),
                text(a.lastSeenAt()), text(a.acknowledgedAt()), text(a.closedAt()), text(a.snoozedUntil()),
                stored.version(), withHistory ? a.history().stream().map(AlertView::history).toList() : null);
    }

    /** ON_TRACK, DUE_SOON (an SLA ends within four hours), BREACHED; CLOSED once resolved or cleared. */
    static String slaState(Alert a, Instant now) {
        if (!a.isActive()) {
            return "CLOSED";
        }
        boolean ackOpen = a.acknowledgedAt() == null;
        boolean breached = a.sla().breached(SlaKind.ACKNOWLEDGE) || a.sla().breached(SlaKind.RESOLVE)
                || (ackOpen && a.sla().acknowledgeBy().isBefore(now)) || a.sla().resolveBy().isBefore(now);
        if (breached) {
            return "BREACHED";
        }
        Instant soon = now.plus(AlertQueue.DUE_SOON);
        boolean dueSoon = (ackOpen && a.sla().acknowledgeBy().isBefore(soon)) || a.sla().resolveBy().isBefore(soon);
        return dueSoon ? "DUE_SOON" : "ON_TRACK";
    }

    private static SlaView sla(Alert a, Instant now) {
        String ackBreach = a.sla().breaches().stream().filter(b -> b.kind() == SlaKind.ACKNOWLEDGE)
                .map(b -> b.recordedAt().toString()).findFirst().orElse(null);
        String resolveBreach = a.sla().breaches().stream().filter(b -> b.kind() == SlaKind.RESOLVE)
                .map(b -> b.recordedAt().toString()).findFirst().orElse(null);
        return new SlaView(a.sla().acknowledgeBy().toString(), a.sla().resolveBy().toString(), slaState(a, now),
                ackBreach, resolveBreach);
    }

    private static MoneyTermView term(MoneyTerm t) {
        return new MoneyTermView(t.label(), t.arithmetic(), t.amount().amount(), t.amount().currency().getCurrencyCode());
    }

    private static PriorityTermView term(PriorityTerm t) {
        return new PriorityTermView(t.name(), t.kind().name(), t.value(), t.arithmetic());
    }

    private static PromiseView promise(PromiseRisk p) {
        return p == null ? null : new PromiseView(p.promised().toString(), p.p50().toString(), p.p90().toString(),
                p.daysLateAtP50(), p.daysLateAtP90());
    }

    private static HistoryView history(HistoryEntry h) {
        return new HistoryView(h.at().toString(), h.by(), h.action().name(), h.reasonCode(), h.comment(), h.detail());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

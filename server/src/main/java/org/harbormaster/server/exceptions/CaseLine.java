package org.harbormaster.server.exceptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.harbormaster.exception.RuleCode;

/**
 * One exception case as the operator's pages show it: what and why, the money and the promise at stake, and the
 * SLA deadline that runs now (acknowledge until acknowledged, then resolve) with the time left on it.
 */
public record CaseLine(String id, long version, String shipmentId, String shipmentReference, String rule,
                       String title, String subject, String status, String severity, String team, String region,
                       String customer, String carrier, String assignee, String explanation, String suggestedAction,
                       BigDecimal priority, String money, List<AlertView.MoneyTermView> moneyTerms, String promise,
                       String slaState, String slaKind, Instant deadline, String timeLeft, boolean active,
                       boolean acknowledged, Instant openedAt, List<AlertView.HistoryView> history,
                       List<AlertView.PriorityTermView> priorityTerms, String problem) {

    static CaseLine of(AlertView v, Instant now) {
        boolean active = !v.status().equals("RESOLVED") && !v.status().equals("CLEARED");
        boolean acknowledged = v.acknowledgedAt() != null;
        String kind = acknowledged ? "resolve" : "acknowledge";
        Instant deadline = Instant.parse(acknowledged ? v.sla().resolveBy() : v.sla().acknowledgeBy());
        return new CaseLine(v.id(), v.version(), v.shipment().id(), v.shipment().reference(), v.rule(),
                RuleCode.valueOf(v.rule()).title(), v.subject(), v.status(), v.severity(), v.team(), v.region(),
                v.customer(), v.carrier(), v.assignee(), v.explanation(), v.suggestedAction(), v.priority().score(),
                money(v.moneyAtRisk().total(), v.moneyAtRisk().currency()), v.moneyAtRisk().terms(), promise(v.promise()),
                v.sla().state(), kind, deadline, active ? timeLeft(now, deadline) : "closed", active, acknowledged,
                Instant.parse(v.openedAt()), v.history() == null ? List.of() : v.history(), v.priority().terms(), null);
    }

    CaseLine withProblem(String text) {
        return new CaseLine(id, version, shipmentId, shipmentReference, rule, title, subject, status, severity, team,
                region, customer, carrier, assignee, explanation, suggestedAction, priority, money, moneyTerms, promise,
                slaState, slaKind, deadline, timeLeft, active, acknowledged, openedAt, history, priorityTerms, text);
    }

    public String priorityText() {
        return priority == null ? "" : priority.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** "3h 20m left", "2d 4h left", or "breached 1h 05m ago". */
    static String timeLeft(Instant now, Instant deadline) {
        Duration left = Duration.between(now, deadline);
        String span = span(left.abs());
        return left.isNegative() ? "breached " + span + " ago" : span + " left";
    }

    private static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = d.toHours();
        if (hours < 48) {
            return hours + "h " + String.format(Locale.ROOT, "%02d", minutes % 60) + "m";
        }
        return d.toDays() + "d " + (hours % 24) + "h";
    }

    private static String money(BigDecimal total, String currency) {
        if (total == null || total.signum() == 0 || currency == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(total) + " " + currency;
    }

    private static String promise(AlertView.PromiseView p) {
        return p == null ? null : "promise: +" + p.daysLateAtP50() + " d late, P90 +" + p.daysLateAtP90() + " d";
    }
}

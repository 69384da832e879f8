package org.harbormaster.exception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.harbormaster.shipment.ShipmentId;

/**
 * Brings a shipment's alerts in line with freshly evaluated findings: a finding whose key no alert holds
 * opens one (so an alert opens once per shipment, rule and subject); a finding whose key is held updates
 * that alert; an active alert whose finding is gone clears itself with its rule's reason. Every alert
 * touched also has its snooze and SLA timers checked.
 */
public final class AlertReconciler {

    private final Supplier<AlertId> ids;

    public AlertReconciler(Supplier<AlertId> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public static AlertReconciler withRandomIds() {
        return new AlertReconciler(AlertId::random);
    }

    /** Evaluates the rules on the context and reconciles the shipment's alerts with what they found. */
    public Reconciliation reevaluate(AlertContext ctx, RuleSet rules, List<Alert> existing) {
        return reconcile(ctx.shipment().id(), existing, rules.evaluate(ctx),
                (code, subject) -> rules.whyCleared(ctx, code, subject), ctx.now());
    }

    /** Why a vanished finding is gone, for the clearing entry. */
    @FunctionalInterface
    public interface ClearReason {
        String why(RuleCode code, String subject);
    }

    public Reconciliation reconcile(ShipmentId shipment, List<Alert> existing, List<RuleFinding> findings,
                                    ClearReason whyCleared, Instant now) {
        List<Alert> unchanged = new ArrayList<>();
        Map<AlertKey, Alert> holders = holdersOfKeys(existing, unchanged);
        List<Alert> opened = new ArrayList<>();
        List<Alert> updated = new ArrayList<>();
        List<Alert> cleared = new ArrayList<>();
        Map<AlertKey, RuleFinding> latest = new LinkedHashMap<>();
        findings.forEach(f -> latest.putIfAbsent(AlertKey.of(shipment, f), f));
        latest.forEach((key, finding) -> {
            Alert holder = holders.remove(key);
            if (holder == null) {
                opened.add(Alert.open(ids.get(), shipment, finding, now).tick(now));
            } else {
                Alert after = holder.update(finding, now).tick(now);
                (after.history().size() == holder.history().size() ? unchanged : updated).add(after);
            }
        });
        holders.values().forEach(gone -> {
            String why = whyCleared.why(gone.key().code(), gone.key().subject());
            if (gone.isActive()) {
                cleared.add(gone.tick(now).clear(why, now));
            } else {
                updated.add(gone.causeGone(why, now));
            }
        });
        return new Reconciliation(opened, updated, cleared, unchanged);
    }

    /** The alert holding each key; every other alert (closed for good) goes to {@code others}. */
    private static Map<AlertKey, Alert> holdersOfKeys(List<Alert> existing, List<Alert> others) {
        Map<AlertKey, Alert> holders = new LinkedHashMap<>();
        for (Alert a : existing) {
            if (a.holdsKey() && !holders.containsKey(a.key())) {
                holders.put(a.key(), a);
            } else {
                others.add(a);
            }
        }
        return holders;
    }
}

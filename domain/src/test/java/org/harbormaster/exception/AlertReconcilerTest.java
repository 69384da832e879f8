package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Findings.aFinding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.ShipmentId;
import org.junit.jupiter.api.Test;

/** Findings in, alerts out: once per shipment, rule and subject; updated while the cause persists; cleared after. */
class AlertReconcilerTest {

    private static final Instant T0 = Instant.parse("2026-12-18T12:00:00Z");
    private final ShipmentId shipment = ShipmentId.random();
    private final AlertReconciler reconciler = AlertReconciler.withRandomIds();
    private final AlertReconciler.ClearReason because = (code, subject) -> "picked up";

    private static Instant hoursLater(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static RuleFinding demurrage(String explanation) {
        return aFinding(RuleCode.DEMURRAGE_RISK, "CSQU3054383", explanation);
    }

    @Test
    void the_same_finding_again_opens_no_second_alert_and_changes_no_history() {
        Reconciliation first = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days")), because, T0);
        Reconciliation second = reconciler.reconcile(shipment, first.all(), List.of(demurrage("6 days")), because,
                hoursLater(1));

        assertThat(first.opened()).hasSize(1);
        assertThat(second.opened()).isEmpty();
        assertThat(second.all()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(first.opened().get(0).id());
            assertThat(a.history()).hasSize(1);
            assertThat(a.lastSeenAt()).isEqualTo(hoursLater(1));
        });
    }

    @Test
    void more_money_at_risk_updates_the_alert_and_is_kept_in_its_history() {
        Reconciliation first = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days")), because, T0);
        RuleFinding eightDays = demurrage("8 days").withMoneyAtRisk(MoneyAtRisk.of(
                new MoneyTerm("demurrage", "5 d x 220.00 USD + 3 d x 280.00 USD", Money.of("1940.00", "USD"))));
        Reconciliation second = reconciler.reconcile(shipment, first.all(), List.of(eightDays), because, hoursLater(1));

        assertThat(second.updated()).singleElement().satisfies(a -> {
            assertThat(a.finding().explanation()).isEqualTo("8 days");
            assertThat(a.history()).extracting(HistoryEntry::action).containsExactly(AlertAction.OPENED, AlertAction.UPDATED);
            assertThat(a.history().get(1).detail()).isEqualTo("8 days");
        });
    }

    @Test
    void new_wording_alone_refreshes_the_alert_without_a_history_entry() {
        Reconciliation first = reconciler.reconcile(shipment, List.of(), List.of(demurrage("on hold for 4 h")), because, T0);
        Reconciliation second = reconciler.reconcile(shipment, first.all(), List.of(demurrage("on hold for 5 h")), because,
                hoursLater(1));

        assertThat(second.updated()).isEmpty();
        assertThat(second.all()).singleElement().satisfies(a -> {
            assertThat(a.finding().explanation()).isEqualTo("on hold for 5 h");
            assertThat(a.history()).hasSize(1);
        });
    }

    @Test
    void a_vanished_finding_clears_its_alert_with_the_reason_and_a_new_cause_opens_a_new_alert() {
        Reconciliation open = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days")), because, T0);
        Reconciliation gone = reconciler.reconcile(shipment, open.all(), List.of(), because, hoursLater(1));
        Reconciliation back = reconciler.reconcile(shipment, gone.all(), List.of(demurrage("2 days")), because, hoursLater(2));

        assertThat(gone.cleared()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.CLEARED);
            assertThat(a.closedAt()).isEqualTo(hoursLater(1));
            assertThat(a.history().get(a.history().size() - 1).detail()).isEqualTo("picked up");
        });
        assertThat(back.opened()).singleElement().satisfies(a -> assertThat(a.id()).isNotEqualTo(open.opened().get(0).id()));
        assertThat(back.all()).hasSize(2);
    }

    @Test
    void a_resolved_alert_whose_cause_persists_is_not_reopened_until_the_cause_has_gone_away() {
        Alert opened = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days")), because, T0).opened().get(0);
        Alert resolved = opened.resolve("maria", hoursLater(1), ResolutionCode.COST_ACCEPTED, "customer pays");

        Reconciliation persists = reconciler.reconcile(shipment, List.of(resolved), List.of(demurrage("7 days")), because,
                hoursLater(2));
        Reconciliation goneAway = reconciler.reconcile(shipment, persists.all(), List.of(), because, hoursLater(3));
        Reconciliation again = reconciler.reconcile(shipment, goneAway.all(), List.of(demurrage("1 day")), because,
                hoursLater(4));

        assertThat(persists.opened()).isEmpty();
        assertThat(persists.all()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED));
        assertThat(goneAway.updated()).singleElement().satisfies(a -> {
            assertThat(a.causePresent()).isFalse();
            assertThat(a.history()).extracting(HistoryEntry::action).endsWith(AlertAction.CAUSE_GONE_AFTER_RESOLUTION);
        });
        assertThat(again.opened()).hasSize(1);
    }

    @Test
    void different_subjects_of_one_rule_are_different_alerts() {
        Reconciliation r = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days"),
                aFinding(RuleCode.DEMURRAGE_RISK, "MSCU1234565", "3 days")), because, T0);

        assertThat(r.opened()).extracting(a -> a.key().subject()).containsExactly("CSQU3054383", "MSCU1234565");
    }

    @Test
    void a_reevaluation_records_an_sla_breach_that_fell_due_since_the_last() {
        Reconciliation first = reconciler.reconcile(shipment, List.of(), List.of(demurrage("6 days")), because, T0);
        Reconciliation later = reconciler.reconcile(shipment, first.all(), List.of(demurrage("6 days")), because,
                hoursLater(3));

        assertThat(later.updated()).singleElement().satisfies(a ->
                assertThat(a.sla().breaches()).extracting(SlaBreach::kind).containsExactly(SlaKind.ACKNOWLEDGE));
    }
}

package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harbormaster.exception.Findings.aFinding;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.shipment.ShipmentId;
import org.junit.jupiter.api.Test;

/** What operators do with an alert, and the timers that watch them. */
class AlertLifecycleTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T12:00:00Z");
    private final Alert rollover = Alert.open(AlertId.random(), ShipmentId.random(),
            aFinding(RuleCode.ROLLOVER, "DEPARTED@CNYTN", "Rolled at CNYTN"), OPENED);

    private static Instant later(long minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void an_alert_opens_with_deadlines_from_its_rules_slas() {
        assertThat(rollover.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(rollover.sla().acknowledgeBy()).isEqualTo(OPENED.plus(Duration.ofHours(2)));
        assertThat(rollover.sla().resolveBy()).isEqualTo(OPENED.plus(Duration.ofHours(24)));
        assertThat(rollover.history()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AlertAction.OPENED);
            assertThat(e.by()).isEqualTo(HistoryEntry.SYSTEM);
            assertThat(e.detail()).isEqualTo("Rolled at CNYTN");
        });
    }

    @Test
    void every_operator_action_is_kept_with_who_and_when() {
        Alert handled = rollover
                .acknowledge("maria", later(10), "looking at it")
                .assign("maria", "li", later(20), "Li has the Maersk contact")
                .comment("li", later(30), "carrier offers the Dec 4 sailing")
                .resolve("li", later(90), ResolutionCode.REBOOKED, "moved to MAERSK EDMONTON, Dec 4");

        assertThat(handled.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(handled.assignee()).isEqualTo("li");
        assertThat(handled.closedAt()).isEqualTo(later(90));
        assertThat(handled.history()).extracting(HistoryEntry::action, HistoryEntry::by, HistoryEntry::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertAction.OPENED, "system", OPENED),
                org.assertj.core.groups.Tuple.tuple(AlertAction.ACKNOWLEDGED, "maria", later(10)),
                org.assertj.core.groups.Tuple.tuple(AlertAction.ASSIGNED, "maria", later(20)),
                org.assertj.core.groups.Tuple.tuple(AlertAction.COMMENTED, "li", later(30)),
                org.assertj.core.groups.Tuple.tuple(AlertAction.RESOLVED, "li", later(90)));
        assertThat(handled.history().get(4).reasonCode()).isEqualTo("REBOOKED");
        assertThat(handled.sla().breaches()).isEmpty();
    }

    @Test
    void assigning_an_open_alert_acknowledges_it() {
        Alert assigned = rollover.assign("lead", "li", later(5), null);

        assertThat(assigned.status()).isEqualTo(AlertStatus.ASSIGNED);
        assertThat(assigned.acknowledgedAt()).isEqualTo(later(5));
    }

    @Test
    void an_alert_nobody_acknowledges_in_two_hours_records_one_breach() {
        Alert overdue = rollover.tick(later(121)).tick(later(180));

        assertThat(overdue.sla().breaches()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(SlaKind.ACKNOWLEDGE);
            assertThat(b.due()).isEqualTo(later(120));
            assertThat(b.lateBy()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(overdue.history()).extracting(HistoryEntry::action).containsOnlyOnce(AlertAction.SLA_BREACHED);
    }

    @Test
    void a_late_acknowledgement_and_a_late_resolution_are_both_recorded() {
        Alert late = rollover.acknowledge("maria", later(150), null)
                .resolve("maria", later(25 * 60), ResolutionCode.CUSTOMER_INFORMED, null);

        assertThat(late.sla().breaches()).extracting(SlaBreach::kind).containsExactly(SlaKind.ACKNOWLEDGE, SlaKind.RESOLVE);
        assertThat(late.sla().breaches().get(0).lateBy()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_snoozed_alert_wakes_up_where_it_was_and_the_sla_keeps_running() {
        Alert snoozed = rollover.acknowledge("maria", later(10), null)
                .snooze("maria", later(60 * 30), later(15), "carrier answers tomorrow");

        assertThat(snoozed.status()).isEqualTo(AlertStatus.SNOOZED);
        assertThat(snoozed.isSnoozedAt(later(60 * 29))).isTrue();

        Alert awake = snoozed.tick(later(60 * 30 + 1));

        assertThat(awake.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(awake.history()).extracting(HistoryEntry::action).contains(AlertAction.SNOOZE_ENDED);
        assertThat(awake.sla().breached(SlaKind.RESOLVE)).as("resolve was due after 24 h").isTrue();
    }

    @Test
    void a_resolution_needs_a_reason_code_and_a_closed_alert_takes_no_more_actions() {
        assertThatThrownBy(() -> rollover.resolve("maria", later(5), null, "done")).hasMessageContaining("reason code");
        Alert resolved = rollover.resolve("maria", later(5), ResolutionCode.NO_ACTION_NEEDED, null);

        assertThatThrownBy(() -> resolved.acknowledge("li", later(6), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it is RESOLVED");
        assertThatThrownBy(() -> rollover.snooze("maria", later(1), later(5), null))
                .hasMessageContaining("a snooze ends after it starts");
    }
}

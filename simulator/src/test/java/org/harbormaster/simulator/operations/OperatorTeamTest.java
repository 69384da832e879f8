package org.harbormaster.simulator.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.simulator.engine.EventQueue;
import org.harbormaster.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Two operators in Los Angeles, 08:00 to 17:00 on weekdays, 30 minutes an item. */
class OperatorTeamTest {

    private static final Scenario.Operators TEAM = new Scenario.Operators(2, 30.0, 8, 9, "America/Los_Angeles", 8.0);
    /** Monday 9 March 2026, 06:00 in Los Angeles. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T13:00:00Z");

    @Test
    void items_raised_before_the_shift_are_handled_from_its_start_earliest_deadline_first() {
        EventQueue queue = new EventQueue(MONDAY_MORNING);
        List<String> handled = new ArrayList<>();
        OperatorTeam team = new OperatorTeam(queue, TEAM, item -> handled.add(item.detail() + "@" + queue.now()));
        team.raise(item("later deadline", 48));
        team.raise(item("earliest deadline", 10));
        team.raise(item("middle deadline", 24));

        queue.runUntil(MONDAY_MORNING.plusSeconds(12 * 3600));

        assertThat(handled).containsExactly("earliest deadline@2026-03-09T15:30:00Z",
                "middle deadline@2026-03-09T15:30:00Z", "later deadline@2026-03-09T16:00:00Z");
        assertThat(team.counts().handledWithinSla).isEqualTo(3);
    }

    @Test
    void without_staff_nothing_is_handled() {
        EventQueue queue = new EventQueue(MONDAY_MORNING);
        OperatorTeam team = new OperatorTeam(queue, TEAM.withStaff(0), item -> {
        });
        team.raise(item("anything", 10));

        queue.runUntil(MONDAY_MORNING.plusSeconds(7 * 86_400));

        assertThat(team.counts().handled).isZero();
        assertThat(team.backlog()).isEqualTo(1);
    }

    @Test
    void an_item_raised_on_friday_evening_waits_for_monday() {
        Instant fridayEvening = Instant.parse("2026-03-14T02:00:00Z");
        EventQueue queue = new EventQueue(fridayEvening);
        OperatorTeam team = new OperatorTeam(queue, TEAM, item -> {
        });

        assertThat(team.nextWorkingMoment(fridayEvening)).isEqualTo(Instant.parse("2026-03-16T15:00:00Z"));
    }

    private static WorkItem item(String detail, int deadlineHours) {
        return new WorkItem(new ShipmentId(new UUID(0, detail.hashCode())), WorkItem.Kind.LAST_FREE_DAY_APPROACHING,
                MONDAY_MORNING, MONDAY_MORNING.plusSeconds(deadlineHours * 3600L), detail);
    }
}

package org.harbormaster.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void actions_run_in_time_order_and_those_due_together_in_the_order_scheduled() {
        EventQueue queue = new EventQueue(START);
        List<String> ran = new ArrayList<>();
        queue.at(START.plusSeconds(20), () -> ran.add("late"));
        queue.at(START.plusSeconds(10), () -> ran.add("first at 10"));
        queue.at(START.plusSeconds(10), () -> ran.add("second at 10"));
        queue.at(START.plusSeconds(5), () -> queue.at(START.plusSeconds(10), () -> ran.add("scheduled last at 10")));

        queue.runUntil(START.plusSeconds(60));

        assertThat(ran).containsExactly("first at 10", "second at 10", "scheduled last at 10", "late");
        assertThat(queue.executed()).isEqualTo(5);
    }

    @Test
    void an_action_for_the_past_runs_now_and_later_ones_wait_for_their_time() {
        EventQueue queue = new EventQueue(START);
        List<Instant> seen = new ArrayList<>();
        queue.at(START.plusSeconds(30), () -> queue.at(START, () -> seen.add(queue.now())));
        queue.at(START.plusSeconds(100), () -> seen.add(queue.now()));

        queue.runUntil(START.plusSeconds(50));

        assertThat(seen).containsExactly(START.plusSeconds(30));
        assertThat(queue.pending()).isEqualTo(1);
        assertThat(queue.now()).isEqualTo(START.plusSeconds(50));
    }
}

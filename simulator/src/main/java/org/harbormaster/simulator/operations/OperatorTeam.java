package org.harbormaster.simulator.operations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.harbormaster.simulator.engine.EventQueue;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * The operations team: {@code staff} operators working weekdays from the shift's start for its length, each
 * taking the open item with the earliest deadline and spending the handling time on it, then taking the
 * suggested action. With no staff nothing is handled; items wait, and count as breaching their SLA.
 */
public final class OperatorTeam {

    /** What became of the work, for the report. */
    public static final class WorkCounts {
        public long raised;
        public long handled;
        public long handledWithinSla;
        public long handledBeforeDeadline;
        public double hoursToHandleTotal;
        public final java.util.Map<String, Long> raisedByKind = new java.util.TreeMap<>();
    }

    private record Queued(WorkItem item, long sequence) {
    }

    private final EventQueue queue;
    private final Scenario.Operators operators;
    private final ZoneId zone;
    private final Duration handling;
    private final Duration sla;
    private final Consumer<WorkItem> action;
    private final PriorityQueue<Queued> open = new PriorityQueue<>(Comparator
            .comparing((Queued q) -> q.item().deadline()).thenComparingLong(Queued::sequence));
    private final WorkCounts counts = new WorkCounts();
    private int idle;
    private long sequence;

    public OperatorTeam(EventQueue queue, Scenario.Operators operators, Consumer<WorkItem> action) {
        this.queue = queue;
        this.operators = operators;
        this.zone = ZoneId.of(operators.zone());
        this.handling = Duration.ofSeconds(Math.round(operators.handlingMinutes() * 60));
        this.sla = Duration.ofSeconds(Math.round(operators.slaHours() * 3600));
        this.action = action;
        this.idle = operators.staff();
    }

    public WorkCounts counts() {
        return counts;
    }

    public int backlog() {
        return open.size();
    }

    public void raise(WorkItem item) {
        counts.raised++;
        counts.raisedByKind.merge(item.kind().name(), 1L, Long::sum);
        open.add(new Queued(item, sequence++));
        dispatch();
    }

    private void dispatch() {
        while (idle > 0 && !open.isEmpty()) {
            Instant start = nextWorkingMoment(queue.now());
            if (!start.equals(queue.now())) {
                idle--;
                queue.at(start, () -> {
                    idle++;
                    dispatch();
                });
                continue;
            }
            WorkItem item = open.poll().item();
            idle--;
            Instant done = queue.now().plus(handling);
            queue.at(done, () -> finish(item));
        }
    }

    private void finish(WorkItem item) {
        Instant now = queue.now();
        counts.handled++;
        Duration waited = Duration.between(item.raisedAt(), now);
        counts.hoursToHandleTotal += waited.getSeconds() / 3600.0;
        if (waited.compareTo(sla) <= 0) {
            counts.handledWithinSla++;
        }
        if (!now.isAfter(item.deadline())) {
            counts.handledBeforeDeadline++;
        }
        action.accept(item);
        idle++;
        dispatch();
    }

    /** Now if within a weekday shift with time to handle one item before it ends, else the next shift's start. */
    Instant nextWorkingMoment(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        for (int i = 0; i < 8; i++) {
            ZonedDateTime day = local.toLocalDate().plusDays(i).atTime(operators.shiftStartHour(), 0).atZone(zone);
            ZonedDateTime end = day.plusHours(operators.shiftHours()).minus(handling);
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                continue;
            }
            if (!local.isAfter(end)) {
                return local.isBefore(day) ? day.toInstant() : now;
            }
        }
        throw new IllegalStateException("no shift within a week of " + now);
    }
}

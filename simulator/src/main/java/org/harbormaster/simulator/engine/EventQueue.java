package org.harbormaster.simulator.engine;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The simulation's clock and agenda: actions run in order of their time, and actions due at the same
 * second run in the order they were scheduled, so a run never depends on how the heap breaks ties.
 */
public final class EventQueue {

    private record Scheduled(long at, long sequence, Runnable action) implements Comparable<Scheduled> {

        @Override
        public int compareTo(Scheduled other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>(1 << 16);
    private long now;
    private long sequence;
    private long executed;

    public EventQueue(Instant start) {
        this.now = start.getEpochSecond();
    }

    public Instant now() {
        return Instant.ofEpochSecond(now);
    }

    public long nowSeconds() {
        return now;
    }

    /** Schedules an action; a time in the past runs at the current time, after what is already due. */
    public void at(Instant when, Runnable action) {
        atSeconds(when.getEpochSecond(), action);
    }

    public void atSeconds(long when, Runnable action) {
        agenda.add(new Scheduled(Math.max(when, now), sequence++, action));
    }

    /** Runs every action due up to {@code end} (inclusive); later ones stay queued. */
    public void runUntil(Instant end) {
        long limit = end.getEpochSecond();
        while (!agenda.isEmpty() && agenda.peek().at() <= limit) {
            Scheduled next = agenda.poll();
            now = next.at();
            executed++;
            next.action().run();
        }
        now = Math.max(now, limit);
    }

    /** How many actions have run: the simulated events counted for the speed figures. */
    public long executed() {
        return executed;
    }

    public int pending() {
        return agenda.size();
    }
}

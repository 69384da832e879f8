package org.harbormaster.server.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash or a hand-off left undone. At start-up, it processes every message still RECEIVED
 * (acknowledged, but its processing never committed) and applies waiting events to shipments stored since;
 * then, every few seconds, it does the same for messages left behind and shipments just created. Several
 * processes on one database share the work: a message being processed is skipped, not processed twice.
 */
@Component
class InboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxSweeper.class);

    /** A message that failed this often (or stopped the process this often) is quarantined with its last error. */
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    private final InboxRepository inbox;
    private final InboxProcessor processor;
    private final WaitingEvents waiting;
    private final Clock clock;
    private final Duration interval;
    private final Duration grace;
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile boolean stopping;
    private Instant lastShipmentSweep;

    InboxSweeper(InboxRepository inbox, InboxProcessor processor, WaitingEvents waiting, Clock clock,
                 @Value("${harbormaster.inbox.sweep-interval:5s}") Duration interval,
                 @Value("${harbormaster.inbox.sweep-grace:2s}") Duration grace) {
        this.inbox = inbox;
        this.processor = processor;
        this.waiting = waiting;
        this.clock = clock;
        this.interval = interval;
        this.grace = grace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepFromNowOn() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        executor = scheduler;
        scheduler.execute(this::recoverAfterStart);
        scheduler.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hands a message to the background (a large one, not processed while its sender waits). */
    void processSoon(long messageId) {
        ScheduledExecutorService scheduler = executor;
        if (scheduler != null && !stopping) {
            try {
                scheduler.execute(() -> {
                    if (!stopping) {
                        processor.process(messageId, false);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                // Stored and RECEIVED: the sweep at the next start processes it.
            }
        }
    }

    private void recoverAfterStart() {
        Instant startedAt = clock.instant();
        int processed = processReceived(startedAt);
        int applied = guarded("applying waiting events", waiting::applyToAnyMatch);
        lastShipmentSweep = startedAt;
        if (processed > 0 || applied > 0) {
            log.info("Inbox recovered: {} messages processed that had not been, {} waiting events applied",
                    processed, applied);
        }
    }

    private void sweep() {
        Instant now = clock.instant();
        processReceived(now.minus(grace));
        Instant since = lastShipmentSweep == null ? now.minus(interval) : lastShipmentSweep;
        // Overlap the windows by the grace period: a shipment's created time is taken before it commits.
        guarded("applying waiting events", () -> waiting.applyToShipmentsCreatedSince(since.minus(grace)));
        lastShipmentSweep = now;
    }

    private int processReceived(Instant receivedBefore) {
        int processed = 0;
        long after = 0;
        while (!stopping) {
            long from = after;
            List<Long> ids = guardedList(() -> inbox.receivedBefore(receivedBefore, from, BATCH));
            if (ids.isEmpty()) {
                return processed;
            }
            for (long id : ids) {
                if (stopping) {
                    return processed;
                }
                processed += guarded("processing", () -> processOne(id));
            }
            after = ids.get(ids.size() - 1);
        }
        return processed;
    }

    /** Processes one left-over message unless someone else is; quarantines it after too many attempts. */
    private int processOne(long id) {
        Optional<InboxRepository.Claimed> claimed = inbox.startAttempt(id);
        if (claimed.isEmpty()) {
            return 0;
        }
        if (claimed.get().attempts() > MAX_ATTEMPTS) {
            processor.giveUp(id, claimed.get().attempts() - 1, claimed.get().lastError());
        } else {
            processor.process(id, false);
        }
        return 1;
    }

    private interface Work {
        int run();
    }

    private int guarded(String what, Work work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Inbox sweep: {} failed, tried again in {}: {}", what, interval, e.toString());
            }
            return 0;
        }
    }

    private List<Long> guardedList(Supplier<List<Long>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Inbox sweep: picking up messages failed, tried again in {}: {}", interval, e.toString());
            }
            return List.of();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Lets the message in hand finish, before the database pool closes. */
    @Override
    public void stop() {
        stopping = true;
        ScheduledExecutorService scheduler = executor;
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                    log.warn("Inbox sweep still busy at shutdown; its transaction will be rolled back");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

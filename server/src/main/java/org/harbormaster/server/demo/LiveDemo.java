package org.harbormaster.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.Receipt;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.server.shipments.ShipmentReview;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.simulator.LiveFeed;
import org.harbormaster.simulator.SimulationOptions;
import org.harbormaster.simulator.SimulationRun;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.harbormaster.simulator.vendors.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo} (which sets {@code harbormaster.demo.live}; the page benchmark does not) brings the
 * workspace to life: the simulator's default scenario runs against the live
 * system. It starts a few weeks back ({@code harbormaster.demo.history-days}, default 21) and replays them
 * quickly ({@code harbormaster.demo.speed}, simulated seconds per real second, default 20,000: three weeks in a minute and a half), then keeps pace
 * with the clock: every booking of the simulated customers becomes a shipment here, and every message their
 * carriers, railroads and truckers send goes into the real inbox as if it had come over the wire, so
 * predictions, exception cases and the queue move as they would in production.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = {"harbormaster.demo", "harbormaster.demo.live"}, havingValue = "true", matchIfMissing = false)
class LiveDemo {

    private static final Logger log = LoggerFactory.getLogger(LiveDemo.class);
    private static final long SEED = 2026;

    private final ShipmentRepository shipments;
    private final ShipmentReview review;
    private final Inbox inbox;
    private final Clock clock;
    private final int historyDays;
    private final double speed;
    private volatile boolean stopped;

    LiveDemo(ShipmentRepository shipments, ShipmentReview review, Inbox inbox, Clock clock,
             @Value("${harbormaster.demo.history-days:21}") int historyDays,
             @Value("${harbormaster.demo.speed:20000}") double speed) {
        this.shipments = shipments;
        this.review = review;
        this.inbox = inbox;
        this.clock = clock;
        this.historyDays = historyDays;
        this.speed = speed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::run, "live-demo");
        thread.setDaemon(true);
        thread.start();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopped = true;
    }

    private void run() {
        try {
            LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(historyDays);
            SimulationRun simulation = new SimulationRun(ScenarioFile.defaultScenario().withStart(first),
                    SimulationOptions.of(3650, SEED), new Feed());
            Instant realStart = clock.instant();
            log.info("Live demo: the default scenario runs from {} and catches up with today", first);
            while (!stopped) {
                Instant now = clock.instant();
                double elapsed = Duration.between(realStart, now).toMillis() / 1000.0;
                Instant fast = simulation.start().plusSeconds((long) (elapsed * speed));
                Instant target = fast.isBefore(now) ? fast : now;
                if (target.isAfter(simulation.now())) {
                    simulation.advanceTo(target);
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Live demo stopped: {}", e.toString(), e);
        }
    }

    /** Bookings become shipments here; messages go into the real inbox and are processed there. */
    private final class Feed implements LiveFeed {

        @Override
        public void booked(Shipment shipment) {
            try {
                shipments.insert(shipment);
                review.review(List.of(shipment));
            } catch (RuntimeException e) {
                log.debug("Live demo: booking {} not stored: {}", shipment.reference(), e.toString());
            }
        }

        @Override
        public void message(Sender sender, byte[] message, Instant receivedAt) {
            try {
                Receipt receipt = inbox.receive(sender.format(), sender.code(), message);
                inbox.process(receipt.message().id());
            } catch (RuntimeException e) {
                log.debug("Live demo: a message from {} not taken: {}", sender.code(), e.toString());
            }
        }
    }
}

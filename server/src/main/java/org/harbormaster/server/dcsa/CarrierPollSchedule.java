package org.harbormaster.server.dcsa;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Polls every active carrier subscription every {@code harbormaster.dcsa.poll-interval} (off unless set).
 * One carrier's failure is logged and does not stop the others.
 */
@Component
@ConditionalOnWebApplication
class CarrierPollSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CarrierPollSchedule.class);

    private final CarrierSubscriptionRepository subscriptions;
    private final DcsaPullClient pullClient;
    private final DcsaProperties properties;
    private volatile ScheduledExecutorService executor;

    CarrierPollSchedule(CarrierSubscriptionRepository subscriptions, DcsaPullClient pullClient,
                        DcsaProperties properties) {
        this.subscriptions = subscriptions;
        this.pullClient = pullClient;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.polling()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dcsa-poll");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pollAll, every, every, TimeUnit.MILLISECONDS);
        log.info("Polling DCSA carriers every {}", properties.pollInterval());
    }

    void pollAll() {
        for (CarrierSubscription subscription : subscriptions.active()) {
            try {
                DcsaPullClient.PollReport report = pullClient.poll(subscription);
                if (report.events() > 0) {
                    log.info("Polled {}: {} events in {} pages", subscription.carrierCode(), report.events(),
                            report.pagesRequested().size());
                }
            } catch (RuntimeException e) {
                log.warn("Polling {} ({}) failed: {}", subscription.carrierCode(), subscription.id(), e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
    }
}

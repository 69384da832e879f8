package org.harbormaster.server.exceptions;

import org.harbormaster.server.prediction.PredictionModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's own reviews, beside those events and bookings trigger: at start, open shipments never predicted;
 * every ten minutes ({@code harbormaster.alerts.sweep-interval}), every open shipment, for what time alone
 * changes; every night ({@code harbormaster.prediction.rebuild-cron}), a new transit model and a review of every
 * open shipment with it.
 */
@Component
@ConditionalOnWebApplication
class ReviewSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReviewSchedule.class);

    private final ShipmentReviewer reviewer;
    private final PredictionModels models;

    ReviewSchedule(ShipmentReviewer reviewer, PredictionModels models) {
        this.reviewer = reviewer;
        this.models = models;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Thread thread = new Thread(() -> run("at start", () -> reviewer.reviewOpen(true)), "review-at-start");
        thread.setDaemon(true);
        thread.start();
    }

    @Scheduled(initialDelayString = "${harbormaster.alerts.sweep-interval:PT10M}",
            fixedDelayString = "${harbormaster.alerts.sweep-interval:PT10M}")
    void sweep() {
        run("sweep", () -> reviewer.reviewOpen(false));
    }

    @Scheduled(cron = "${harbormaster.prediction.rebuild-cron:0 30 3 * * *}")
    void nightly() {
        run("nightly rebuild", () -> {
            models.rebuild();
            return reviewer.reviewOpen(false);
        });
    }

    private static void run(String what, java.util.function.IntSupplier review) {
        try {
            int reviewed = review.getAsInt();
            if (reviewed > 0) {
                log.info("Review {}: {} open shipments predicted and their rules run", what, reviewed);
            }
        } catch (RuntimeException e) {
            log.warn("Review {} failed; the next one tries again", what, e);
        }
    }
}

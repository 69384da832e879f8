package org.harbormaster.server.prediction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the server is ready, open shipments without a prediction (stored by a process that stopped first, or by
 * a version before predictions) are predicted, in the background.
 */
@Component
@ConditionalOnWebApplication
class PredictionsAtStart {

    private static final Logger log = LoggerFactory.getLogger(PredictionsAtStart.class);

    private final ShipmentPredictions predictions;

    PredictionsAtStart(ShipmentPredictions predictions) {
        this.predictions = predictions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void predictWhatIsMissing() {
        Thread thread = new Thread(() -> {
            try {
                int made = predictions.predictOpen(true);
                if (made > 0) {
                    log.info("Predicted {} open shipments that had no prediction", made);
                }
            } catch (RuntimeException e) {
                log.warn("Open shipments without a prediction were not predicted at start: {}", e.toString());
            }
        }, "predictions-at-start");
        thread.setDaemon(true);
        thread.start();
    }
}

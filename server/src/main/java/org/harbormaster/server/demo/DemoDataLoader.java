package org.harbormaster.server.demo;

import java.time.Clock;
import java.util.List;
import org.harbormaster.server.shipments.ShipmentReview;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code harbormaster.demo=true}, fills an empty database with a book of demo shipments once the
 * application is up, so a first start shows a working control tower. A database that holds shipments is
 * never touched. {@code harbormaster.demo.shipments} sets how many (300 by default; the page benchmark loads
 * a hundred times as many).
 */
@Component
@ConditionalOnProperty(name = "harbormaster.demo", havingValue = "true")
public class DemoDataLoader {

    static final int SHIPMENTS = 300;
    /** Fixed, so every demo shows the same book (moved along to the day it starts). */
    static final long SEED = 6346L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ShipmentRepository repository;

    private final ShipmentReview review;

    private final int count;

    public DemoDataLoader(ShipmentRepository repository, ShipmentReview review,
                          @Value("${harbormaster.demo.shipments:" + SHIPMENTS + "}") int count) {
        this.repository = repository;
        this.review = review;
        this.count = count;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadIntoEmptyDatabase() {
        if (repository.count() > 0) {
            log.debug("Demo data: database already holds shipments, none loaded");
            return;
        }
        List<Shipment> shipments = new DemoShipments().generate(count, Clock.systemUTC(), SEED);
        repository.insertAll(shipments);
        review.review(shipments);
        log.info("Demo data: {} shipments loaded", shipments.size());
    }
}

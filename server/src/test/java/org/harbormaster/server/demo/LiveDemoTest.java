package org.harbormaster.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code serve --demo}: the simulator's default scenario runs against the live system; its bookings become
 * shipments and its carriers' and truckers' messages come through the real inbox, within the first minute.
 */
@TestPropertySource(properties = {"harbormaster.demo=true", "harbormaster.demo.live=true", "harbormaster.demo.history-days=21",
        "harbormaster.demo.speed=200000"})
class LiveDemoTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_live_demo_books_shipments_and_feeds_vendor_messages_through_the_inbox() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long messages = 0;
        while (Instant.now().isBefore(deadline) && messages < 20) {
            Thread.sleep(1000);
            messages = jdbc.sql("SELECT count(*) FROM inbox_message").query(Long.class).single();
        }

        assertThat(messages).as("vendor messages received through the inbox").isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("SELECT count(DISTINCT format) FROM inbox_message").query(Long.class).single())
                .as("more than one wire format").isGreaterThan(1);
        assertThat(jdbc.sql("SELECT count(*) FROM shipment").query(Long.class).single())
                .as("the 300 demo shipments and the simulated customers' bookings").isGreaterThan(300);
        assertThat(jdbc.sql("SELECT count(*) FROM event_application").query(Long.class).single())
                .as("events applied to shipments").isPositive();
    }
}

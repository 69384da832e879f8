package org.harbormaster.simulator.vendors;

import java.time.Duration;
import org.harbormaster.event.EventFormat;

/**
 * A vendor as a sender of messages: its code (SCAC, railroad or trucker code), its format, and how often it
 * sends what it has: a DCSA subscription pushes every quarter hour, an EDI mailbox is collected hourly, a
 * trucker mails a sheet every few hours.
 */
public record Sender(String code, EventFormat format) {

    public Duration cadence() {
        return switch (format) {
            case DCSA -> Duration.ofMinutes(15);
            case X12_315 -> Duration.ofHours(1);
            case CSV -> Duration.ofHours(4);
            default -> throw new IllegalStateException("no simulated sender writes " + format);
        };
    }

    public static EventFormat format(String scenarioName) {
        return EventFormat.valueOf(scenarioName);
    }
}

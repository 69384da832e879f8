package org.harbormaster.server.inbox;

import java.util.List;
import java.util.Map;

/**
 * Data quality per source (format and sender) since a moment: how many events it sent, the findings about
 * them by code, how many of its messages are quarantined, and how timely its actuals were (received time
 * minus event time: the median, and the share recorded within 24 hours).
 */
public record DataQualityReport(String since, List<SourceQuality> sources) {

    public record SourceQuality(String format, String sender, long events, long waiting, long quarantinedMessages,
                                Map<String, Long> findings, Timeliness timeliness) {
    }

    /** Over actual events only: planned and estimated times lie ahead of their receipt by nature. */
    public record Timeliness(long actualEvents, Double medianSeconds, Double shareWithin24Hours) {
    }
}

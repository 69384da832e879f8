package org.harbormaster.server.dcsa;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code harbormaster.dcsa.*}.
 *
 * @param pollInterval      how often every active carrier subscription is polled; empty: never (the default)
 * @param pageLimit         the {@code limit} asked of a carrier per page
 * @param maxPages          the most pages one poll follows, so a carrier's endless cursor cannot hold us
 * @param httpTimeout       for each call to a carrier or a subscriber
 * @param notifyInterval    how often newly applied events are queued and due notifications are sent
 * @param notifyMaxAttempts tries per notification before giving up on it
 * @param notifyBackoff     the wait after the first failed try; doubled after each further one
 * @param checkCallbackUrl  whether a subscription's callback URL must answer a HEAD request first
 */
@ConfigurationProperties("harbormaster.dcsa")
public record DcsaProperties(Duration pollInterval, Integer pageLimit, Integer maxPages, Duration httpTimeout,
                             Duration notifyInterval, Integer notifyMaxAttempts, Duration notifyBackoff,
                             Boolean checkCallbackUrl) {

    public DcsaProperties {
        pageLimit = pageLimit == null ? 100 : pageLimit;
        maxPages = maxPages == null ? 1000 : maxPages;
        httpTimeout = httpTimeout == null ? Duration.ofSeconds(30) : httpTimeout;
        notifyInterval = notifyInterval == null ? Duration.ofSeconds(2) : notifyInterval;
        notifyMaxAttempts = notifyMaxAttempts == null ? 6 : notifyMaxAttempts;
        notifyBackoff = notifyBackoff == null ? Duration.ofSeconds(5) : notifyBackoff;
        checkCallbackUrl = checkCallbackUrl == null || checkCallbackUrl;
    }

    public boolean polling() {
        return pollInterval != null && !pollInterval.isZero() && !pollInterval.isNegative();
    }
}

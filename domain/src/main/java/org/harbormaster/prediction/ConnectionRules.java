package org.harbormaster.prediction;

import java.time.Duration;
import java.util.Objects;

/**
 * What a transshipment needs to make its connection: the cargo must be at the hub at least
 * {@code minimumConnection} before the connecting vessel sails, or it waits for the next sailing of the
 * service, {@code sailingInterval} later (weekly for most liner services).
 */
public record ConnectionRules(Duration minimumConnection, Duration sailingInterval) {

    public ConnectionRules {
        Objects.requireNonNull(minimumConnection, "minimumConnection");
        Objects.requireNonNull(sailingInterval, "sailingInterval");
        if (minimumConnection.isNegative()) {
            throw new IllegalArgumentException("a minimum connection time cannot be negative: " + minimumConnection);
        }
        if (sailingInterval.isNegative() || sailingInterval.isZero()) {
            throw new IllegalArgumentException("a sailing interval must be positive: " + sailingInterval);
        }
    }

    /** A weekly service, and a day at the hub to discharge and load onto it. */
    public static ConnectionRules weeklyServiceWithOneDayToConnect() {
        return new ConnectionRules(Duration.ofDays(1), Duration.ofDays(7));
    }
}

package org.harbormaster.exception;

/**
 * Every number the rules and the priority read, with its key in the configuration and its default. Values
 * are ISO-8601 durations ({@code PT24H}, {@code P5D}), money ({@code 250.00 USD}), plain decimals, or a
 * {@link CustomerTier}. Set them per region or customer in a {@link ThresholdBook}.
 */
public enum Threshold {
    /** A departure expected this much later than booked is slipping. */
    DEPARTURE_SLIP("departure.slip", "PT24H"),
    /** An arrival at the final port expected this much later than booked is slipping. */
    ARRIVAL_SLIP("arrival.slip", "PT48H"),
    /** A departure the carrier moves this far while the cargo is not loaded is another sailing: a rollover. */
    ROLLOVER_SHIFT("rollover.shift", "P5D"),
    /** The cargo must reach a transshipment hub this long before the connecting vessel sails. */
    CONNECTION_MINIMUM("connection.minimum", "PT24H"),
    /** A cut-off not met this close to its deadline is at risk. */
    CUTOFF_WARNING("cutoff.warning", "PT24H"),
    /** How long after its expected time a milestone may go without an event. */
    MILESTONE_GRACE("milestone.grace", "PT12H"),
    /** A container still in the terminal this close to its last free day is at risk even if predicted out in time. */
    DEMURRAGE_WARNING("demurrage.warning", "PT48H"),
    /** An empty not returned this close to the end of detention free time is at risk. */
    DETENTION_WARNING("detention.warning", "PT48H"),
    /** How long a customs hold usually lasts (X-ray/VACIS 2-3 days, per Flexport's customs exam guide). */
    CUSTOMS_HOLD_EXPECTED("hold.customs.expected", "P3D"),
    CARRIER_HOLD_EXPECTED("hold.carrier.expected", "P1D"),
    TERMINAL_HOLD_EXPECTED("hold.terminal.expected", "P1D"),
    /** Days of grace on the promised delivery date before it counts as broken. */
    PROMISE_TOLERANCE("promise.tolerance", "P0D"),
    /** A contractual penalty per day of late delivery; zero when the customer has none. */
    PROMISE_PENALTY_PER_DAY("promise.penaltyPerDay", "0.00 USD"),
    /** What it costs to expedite (air, premium rail, team drivers) when the median breaks the promise. */
    EXPEDITE_COST("expedite.cost", "0.00 USD"),
    /** Percent over budget tolerated before an alert. */
    BUDGET_TOLERANCE_PERCENT("budget.tolerancePercent", "5"),
    CUSTOMER_TIER("tier", "STANDARD"),
    /** Priority points for each day a promise is predicted broken at the median (half at P90 only). */
    PRIORITY_POINTS_PER_PROMISE_DAY("priority.pointsPerPromiseDay", "400");

    private final String key;
    private final String defaultValue;

    Threshold(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    static Threshold byKey(String key) {
        for (Threshold t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}

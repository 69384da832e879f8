package org.harbormaster.exception;

/** Who holds the cargo back: customs (entry, exam, PGA), the carrier (freight, bill of lading), or the terminal. */
public enum HoldType {
    CUSTOMS(RuleCode.CUSTOMS_HOLD, Threshold.CUSTOMS_HOLD_EXPECTED),
    CARRIER(RuleCode.CARRIER_HOLD, Threshold.CARRIER_HOLD_EXPECTED),
    TERMINAL(RuleCode.TERMINAL_HOLD, Threshold.TERMINAL_HOLD_EXPECTED);

    private final RuleCode code;
    private final Threshold expectedDuration;

    HoldType(RuleCode code, Threshold expectedDuration) {
        this.code = code;
        this.expectedDuration = expectedDuration;
    }

    public RuleCode code() {
        return code;
    }

    /** The threshold that says how long such a hold usually lasts. */
    public Threshold expectedDuration() {
        return expectedDuration;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

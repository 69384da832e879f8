package org.harbormaster.money.demurrage;

/**
 * The event a tariff's free time counts from: demurrage from the container's discharge or from its
 * availability for pickup (some carriers and terminals count from the later, once every hold is lifted);
 * detention from the full gate-out.
 */
public enum ClockStart {
    DISCHARGE("discharge", ChargeKind.DEMURRAGE),
    AVAILABILITY("availability", ChargeKind.DEMURRAGE),
    GATE_OUT("full gate-out", ChargeKind.DETENTION);

    private final String words;
    private final ChargeKind kind;

    ClockStart(String words, ChargeKind kind) {
        this.words = words;
        this.kind = kind;
    }

    public String words() {
        return words;
    }

    /** The charge a clock starting at this event can belong to. */
    public ChargeKind kind() {
        return kind;
    }
}

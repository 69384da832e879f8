package org.harbormaster.money.demurrage;

/** How a tariff counts its free days: every calendar day, or only the location's working days. */
public enum DayCount {
    CALENDAR_DAYS("calendar days"),
    WORKING_DAYS("working days");

    private final String words;

    DayCount(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

package org.harbormaster.server.web;

import java.time.Duration;

/** How far an estimate or an actual is from the plan, as operators say it: "+1d 4h" late, "-3h" early. */
public record VarianceToPlan(String text, boolean late) {

    /** Null when either time is missing or they agree to the minute. */
    static VarianceToPlan between(PlaceTime planned, PlaceTime other) {
        if (planned == null || other == null) {
            return null;
        }
        Duration gap = Duration.between(planned.instant(), other.instant());
        if (gap.abs().toMinutes() == 0) {
            return null;
        }
        return new VarianceToPlan((gap.isNegative() ? "-" : "+") + spoken(gap.abs()), !gap.isNegative());
    }

    private static String spoken(Duration d) {
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
        }
        return minutes + "m";
    }
}

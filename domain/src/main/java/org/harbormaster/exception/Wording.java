package org.harbormaster.exception;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How explanations write times and durations: local to the place, the way an operator reads them. */
final class Wording {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private Wording() {
    }

    /** E.g. "Tue 2026-12-01 14:00" in the place's own time. */
    static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }

    /** Whole hours, rounded down: "30 h", "-6 h". */
    static String hours(Duration d) {
        return d.toHours() + " h";
    }

    /** Days to one decimal: "7.0 days". */
    static String days(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP) + " days";
    }

    /** A duration as the configuration writes it, for "threshold 24 h": hours under 3 days, else days. */
    static String threshold(Duration d) {
        return d.toHours() < 72 ? hours(d) : d.toDays() + " days";
    }
}

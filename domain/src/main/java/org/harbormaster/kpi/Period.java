package org.harbormaster.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** The calendar bucket a fact's date falls in, in UTC: {@code 2026-11-23}, {@code 2026-W48} or {@code 2026-11}. */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    public String bucket(Instant at) {
        LocalDate date = at.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
        };
    }
}

package org.harbormaster.formats.csv.status;

import java.util.Locale;
import java.util.Optional;

/**
 * Which number comes first in a numeric date such as {@code 03/04/2026}: the day (most of the world) or
 * the month (the United States). Needed only when both numbers could be a month; a file says it in a
 * {@code date_format} column, or the parser is told for a sender.
 */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /**
     * Reads a {@code date_format} cell: {@code DD/MM/YYYY}, {@code D.M.Y}, {@code DMY} or {@code day first};
     * {@code MM/DD/YYYY}, {@code MDY} or {@code month first}. Empty when the text says neither.
     */
    static Optional<DateOrder> of(String written) {
        String letters = written.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return switch (letters) {
            case "DMY", "DDMMYY", "DDMMYYYY", "DMYYYY", "DAYFIRST", "DAYMONTHYEAR" -> Optional.of(DAY_FIRST);
            case "MDY", "MMDDYY", "MMDDYYYY", "MDYYYY", "MONTHFIRST", "MONTHDAYYEAR" -> Optional.of(MONTH_FIRST);
            default -> Optional.empty();
        };
    }
}

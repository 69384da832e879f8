package org.harbormaster.formats.events;

/**
 * Why part of a message could not be read, and exactly where: {@code segment B4 (3rd segment of
 * transaction 0002), element 04} for EDI, {@code $[2].eventDateTime} for JSON, {@code row 5, column
 * event_time} for CSV.
 */
public record ParseFailure(String where, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}

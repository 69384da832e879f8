package org.harbormaster.formats.csv;

/** One data row's cells by layout column: as written, and stripped (null when blank or absent). */
final class RowCells {

    private final String[] written;

    RowCells(String[] written) {
        this.written = written;
    }

    /** The cell as the file has it, or null when the file has no such column or the row stops short. */
    String written(ShipmentColumn column) {
        return written[column.ordinal()];
    }

    /** The cell without surrounding white space; null when it is blank. */
    String text(ShipmentColumn column) {
        String cell = written[column.ordinal()];
        if (cell == null) {
            return null;
        }
        String stripped = cell.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    boolean isBlank(ShipmentColumn column) {
        return text(column) == null;
    }
}

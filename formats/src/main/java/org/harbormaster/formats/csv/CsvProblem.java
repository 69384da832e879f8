package org.harbormaster.formats.csv;

/**
 * One thing wrong with an import file, pointed at the way a spreadsheet user finds it.
 *
 * @param row    the row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's layout header, e.g. {@code containers}; null when no single column is at fault
 * @param value  the cell as written, or null when there is none
 * @param reason what is wrong, in the trade's words
 */
public record CsvProblem(int row, String column, String value, String reason) {

    static CsvProblem ofFile(String value, String reason) {
        return new CsvProblem(0, null, value, reason);
    }

    public boolean isFileLevel() {
        return row == 0;
    }

    @Override
    public String toString() {
        String where = row == 0 ? "file" : "row " + row + (column == null ? "" : ", " + column);
        String cell = value == null || value.isEmpty() ? "" : " '" + value + "'";
        return where + cell + ": " + reason;
    }
}

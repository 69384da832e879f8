package org.harbormaster.formats.csv.status;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.identity.Parsed;

/**
 * The cells of one row of a status CSV, read column by column: every bad cell becomes a failure placed at
 * its row and column, and the reader can ask whether any cell of the row failed.
 */
final class RowCells<C extends Enum<C>> {

    private final ColumnPositions<C> columns;
    private final StatusCsvFile.Row row;
    private final List<ParseFailure> failures;
    private final int failuresBefore;
    private final String blankReason;

    /** {@code blankReason}: what a required cell left blank is told, in the layout's own words. */
    RowCells(ColumnPositions<C> columns, StatusCsvFile.Row row, List<ParseFailure> failures, String blankReason) {
        this.columns = columns;
        this.row = row;
        this.failures = failures;
        this.failuresBefore = failures.size();
        this.blankReason = blankReason;
    }

    String cell(C column) {
        return columns.cell(row, column);
    }

    String where(C column) {
        return columns.where(row, column);
    }

    void fail(C column, String reason) {
        failures.add(new ParseFailure(where(column), reason));
    }

    /** Whether any cell of this row has failed so far. */
    boolean anyFailed() {
        return failures.size() > failuresBefore;
    }

    <T> T required(C column, Function<String, Parsed<T>> parser) {
        String cell = cell(column);
        if (cell.isEmpty()) {
            fail(column, blankReason);
            return null;
        }
        return read(column, cell, parser).orElse(null);
    }

    <T> Optional<T> optional(C column, Function<String, Parsed<T>> parser) {
        String cell = cell(column);
        return cell.isEmpty() ? Optional.empty() : read(column, cell, parser);
    }

    <T> Optional<T> read(C column, String cell, Function<String, Parsed<T>> parser) {
        Parsed<T> parsed = parser.apply(cell);
        parsed.problem().ifPresent(reason -> fail(column, reason));
        return parsed.value();
    }
}

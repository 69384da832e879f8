package org.harbormaster.formats.csv.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.harbormaster.formats.events.ParseFailure;

/**
 * Where a layout's columns are in a file, matched from the header row, and the header's own problems:
 * a column given twice, a required column missing. Headers the layout does not know are ignored (truckers
 * add their own columns: driver, truck, remarks).
 */
final class ColumnPositions<C extends Enum<C>> {

    private final Map<C, Integer> positions;
    private final Map<C, String> written;
    private final List<ParseFailure> problems;

    private ColumnPositions(Map<C, Integer> positions, Map<C, String> written, List<ParseFailure> problems) {
        this.positions = positions;
        this.written = written;
        this.problems = problems;
    }

    /**
     * Matches each header cell by its {@link StatusCsvFile#key}; {@code required} names the columns that
     * must be there, {@code describe} how to list a missing column's accepted spellings.
     */
    static <C extends Enum<C>> ColumnPositions<C> of(List<String> header, Class<C> layout,
                                                      Function<String, Optional<C>> byKey,
                                                      List<C> required, Function<C, String> describe) {
        Map<C, Integer> positions = new EnumMap<>(layout);
        Map<C, String> written = new EnumMap<>(layout);
        List<ParseFailure> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).replace("\uFEFF", "").strip();
            Optional<C> column = byKey.apply(StatusCsvFile.key(text));
            if (column.isEmpty()) {
                continue;
            }
            if (positions.containsKey(column.get())) {
                problems.add(new ParseFailure("row 1, column " + text, "is the same column as '"
                        + written.get(column.get()) + "' (columns " + (positions.get(column.get()) + 1) + " and "
                        + (i + 1) + "): keep one"));
            } else {
                positions.put(column.get(), i);
                written.put(column.get(), text);
            }
        }
        for (C column : required) {
            if (!positions.containsKey(column)) {
                problems.add(new ParseFailure("row 1", "the header has no " + describe.apply(column)));
            }
        }
        return new ColumnPositions<>(positions, written, problems);
    }

    List<ParseFailure> problems() {
        return problems;
    }

    boolean has(C column) {
        return positions.containsKey(column);
    }

    boolean hasAll(List<C> columns) {
        return positions.keySet().containsAll(columns);
    }

    /** The cell of this column in a row, stripped; empty when the file has no such column. */
    String cell(StatusCsvFile.Row row, C column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** How a failure names a cell: its spreadsheet row, and the column header as the file wrote it. */
    String where(StatusCsvFile.Row row, C column) {
        return "row " + row.number() + ", column " + written.getOrDefault(column, column.name().toLowerCase(Locale.ROOT));
    }
}

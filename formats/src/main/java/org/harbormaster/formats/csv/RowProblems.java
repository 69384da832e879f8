package org.harbormaster.formats.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one row, one per column, collected in two passes. The cell pass reads each cell on its
 * own; the domain pass then builds the shipment from whatever was readable. A domain complaint about a
 * column the cell pass already reported, or one left empty only because another cell was bad, is a
 * consequence, not news, and is dropped.
 */
final class RowProblems {

    private final Map<ShipmentColumn, Set<String>> reasons = new EnumMap<>(ShipmentColumn.class);
    private final Set<ShipmentColumn> settled = EnumSet.noneOf(ShipmentColumn.class);
    private final List<String> rowReasons = new ArrayList<>();

    /** A cell that is wrong in itself, or against another cell of the row. */
    void add(ShipmentColumn column, String reason) {
        reasons.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(reason);
        settled.add(column);
    }

    /** A problem of the row that no single column owns. */
    void addToRow(String reason) {
        rowReasons.add(reason);
    }

    /** The column's value could not be worked out because of another bad cell: stay quiet about it. */
    void settle(ShipmentColumn column) {
        settled.add(column);
    }

    /** A rule of the domain broken by the readable cells; ignored for columns already settled. */
    void addFromDomain(ShipmentColumn column, String reason) {
        if (!settled.contains(column)) {
            reasons.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(reason);
        }
    }

    boolean any() {
        return !reasons.isEmpty() || !rowReasons.isEmpty();
    }

    boolean has(ShipmentColumn column) {
        return reasons.containsKey(column);
    }

    /** In layout order, the row's own problems last. */
    List<CsvProblem> toCsvProblems(int row, RowCells cells) {
        List<CsvProblem> problems = new ArrayList<>();
        reasons.forEach((column, columnReasons) -> problems.add(new CsvProblem(row, column.header(),
                cells.written(column), String.join("; ", columnReasons))));
        rowReasons.forEach(reason -> problems.add(new CsvProblem(row, null, null, reason)));
        return problems;
    }
}

package org.harbormaster.formats.csv;

import java.util.List;

/**
 * What reading an import file gave: the shipments of the good rows, and every problem of the bad rows and
 * of the file itself. Whether good rows are kept when others are bad is the caller's choice.
 *
 * @param rowsRead data rows read, good or bad, not counting the header and blank rows
 */
public record ShipmentCsvResult(List<ImportedRow> rows, List<CsvProblem> problems, int rowsRead) {

    public ShipmentCsvResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The rows that have at least one problem, in file order. */
    public List<Integer> badRows() {
        return problems.stream().map(CsvProblem::row).filter(row -> row > 0).distinct().toList();
    }

    public List<CsvProblem> problemsOnRow(int row) {
        return problems.stream().filter(problem -> problem.row() == row).toList();
    }
}

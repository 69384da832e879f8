package org.harbormaster.formats.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row, matched to the layout the way people type headers: {@code Customer Code},
 * {@code customer-code} and {@code CUSTOMER_CODE} are one column, and a byte-order mark is ignored.
 * Knows which file position holds which column, and which headers it could not place.
 */
final class HeaderRow {

    private static final Map<String, ShipmentColumn> BY_KEY = new HashMap<>();

    static {
        for (ShipmentColumn column : ShipmentColumn.values()) {
            BY_KEY.put(key(column.header()), column);
        }
    }

    private final ShipmentColumn[] columnAt;
    private final boolean[] named;
    private final List<CsvProblem> problems;
    private final boolean hasRequiredColumns;

    private HeaderRow(ShipmentColumn[] columnAt, boolean[] named, List<CsvProblem> problems,
                      boolean hasRequiredColumns) {
        this.columnAt = columnAt;
        this.named = named;
        this.problems = problems;
        this.hasRequiredColumns = hasRequiredColumns;
    }

    static HeaderRow of(CSVRecord record) {
        ShipmentColumn[] columnAt = new ShipmentColumn[record.size()];
        boolean[] named = new boolean[record.size()];
        Map<ShipmentColumn, Integer> seen = new EnumMap<>(ShipmentColumn.class);
        List<CsvProblem> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String written = record.get(i);
            String key = key(written);
            if (key.isEmpty()) {
                continue;
            }
            named[i] = true;
            ShipmentColumn column = BY_KEY.get(key);
            if (column == null) {
                problems.add(CsvProblem.ofFile(written, unknown(written, key)));
            } else if (seen.containsKey(column)) {
                problems.add(CsvProblem.ofFile(written, "column " + column.header() + " appears twice, in columns "
                        + (seen.get(column) + 1) + " and " + (i + 1)));
            } else {
                seen.put(column, i);
                columnAt[i] = column;
            }
        }
        boolean hasRequiredColumns = true;
        for (ShipmentColumn column : ShipmentColumn.values()) {
            if (column.isRequired() && !seen.containsKey(column)) {
                hasRequiredColumns = false;
                problems.add(CsvProblem.ofFile(null, "required column " + column.header() + " is missing from the header row"));
            }
        }
        return new HeaderRow(columnAt, named, problems, hasRequiredColumns);
    }

    List<CsvProblem> problems() {
        return problems;
    }

    /** Whether every required column is present, so rows can be read at all. */
    boolean hasRequiredColumns() {
        return hasRequiredColumns;
    }

    /** The layout column at this position of the file, or null for a blank or unknown header. */
    ShipmentColumn columnAt(int position) {
        return position < columnAt.length ? columnAt[position] : null;
    }

    /** The number of cells in the header row. */
    int width() {
        return columnAt.length;
    }

    /** Whether the header has any text at this position, known to the layout or not. */
    boolean isNamed(int position) {
        return position < named.length && named[position];
    }

    /** Lower case, without spaces, hyphens, underscores or a byte-order mark. */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != '\uFEFF' && c != '-' && c != '_' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static String unknown(String written, String key) {
        ShipmentColumn nearest = Arrays.stream(ShipmentColumn.values())
                .min((a, b) -> Integer.compare(distance(key, key(a.header())), distance(key, key(b.header()))))
                .orElseThrow();
        boolean close = distance(key, key(nearest.header())) <= Math.max(2, key.length() / 4);
        return "unknown column '" + written.strip() + "'"
                + (close ? ": did you mean " + nearest.header() + "?" : ": see the layout for the known columns");
    }

    /** Edit distance, to suggest the column a typo meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

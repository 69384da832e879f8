package org.harbormaster.formats.x12;

import java.util.List;

/**
 * One segment as StAEDI delivered it: its tag, its number and its element values (composites joined with the
 * component separator, repeated elements reduced to their first occurrence).
 *
 * @param number        the segment's position: counted from ST = 1 inside a transaction set, as X12
 *                      acknowledgements count, and from ISA = 1 outside one
 * @param inTransaction whether {@code number} counts within a transaction set
 */
record Segment(String tag, int number, boolean inTransaction, List<String> elements) {

    Segment {
        elements = List.copyOf(elements);
    }

    /** The value of element {@code position} (1-based, as X12 numbers them), stripped; "" when absent. */
    String element(int position) {
        return position >= 1 && position <= elements.size() ? elements.get(position - 1).strip() : "";
    }

    boolean has(int position) {
        return !element(position).isEmpty();
    }

    Segment renumbered(int newNumber, boolean counted) {
        return new Segment(tag, newNumber, counted, elements);
    }
}

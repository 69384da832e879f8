package org.harbormaster.formats.x12;

import java.util.Optional;

/**
 * A check of the first ISA segment before StAEDI reads the message. The ISA is fixed-width: 106 characters
 * with its terminator, each element padded to its length, which is how a reader learns the separators.
 * StAEDI stops at the first misplaced separator with a message about a "header position"; senders who trim
 * the padding (real files do) get told instead what is wrong in X12 terms.
 *
 * <p>Line breaks inside the ISA (files wrapped at 80 columns) are not counted, as StAEDI skips them too.
 */
final class InterchangeHeader {

    static final int LENGTH = 106;
    private static final int ELEMENTS = 16;

    private InterchangeHeader() {
    }

    /** Why the message's first ISA cannot be read, or empty when it is well formed. */
    static Optional<Problem> check(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (!text.startsWith("ISA", start)) {
            String opening = printable(text.substring(start, Math.min(text.length(), start + 20)));
            return Optional.of(new Problem(null, opening.isEmpty() ? "the message is empty"
                    : "an X12 interchange starts with ISA; this message starts with '" + opening + "'"));
        }
        if (start + 3 >= text.length()) {
            return Optional.of(new Problem(null, "the message ends inside the ISA segment"));
        }
        char separator = text.charAt(start + 3);
        int length = 4;
        int separators = 1;
        StringBuilder element = new StringBuilder();
        String controlNumber = null;
        int index = start + 4;
        for (; index < text.length() && separators < ELEMENTS; index++) {
            char c = text.charAt(index);
            if (c == '\r' || c == '\n') {
                continue;
            }
            length++;
            if (c == separator) {
                separators++;
                if (separators == 14) {
                    controlNumber = element.toString().strip();
                }
                element.setLength(0);
            } else {
                element.append(c);
            }
        }
        if (separators < ELEMENTS || !hasComponentSeparatorAndTerminator(text, index)) {
            return Optional.of(new Problem(controlNumber, "the ISA segment is cut short: it has " + separators
                    + " of its " + ELEMENTS + " elements before the message ends"));
        }
        length += 2;
        if (length != LENGTH) {
            return Optional.of(new Problem(controlNumber, "ISA must be " + LENGTH + " characters; it is " + length
                    + " (its elements are not padded to their fixed lengths)"));
        }
        return Optional.empty();
    }

    /** ISA16 (the component separator, after any line breaks) and the segment terminator that follows it. */
    private static boolean hasComponentSeparatorAndTerminator(String text, int from) {
        int index = from;
        while (index < text.length() && (text.charAt(index) == '\r' || text.charAt(index) == '\n')) {
            index++;
        }
        return index + 1 < text.length();
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** @param controlNumber ISA13 when it could be found, to name the interchange */
    record Problem(String controlNumber, String reason) {
    }
}

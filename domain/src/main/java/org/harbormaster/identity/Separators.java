package org.harbormaster.identity;

/** Spaces and hyphens people type inside identifiers ("CSQU 305438-3", "176-1234 5675"). */
final class Separators {

    private Separators() {
    }

    /** The text without whitespace and hyphens; a plain loop, as this runs for every identifier parsed. */
    static String strip(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = c == '-' || Character.isWhitespace(c);
            if (separator && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!separator && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}

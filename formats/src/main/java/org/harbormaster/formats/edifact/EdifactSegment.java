package org.harbormaster.formats.edifact;

import java.util.List;
import java.util.Locale;

/**
 * One segment as it was read: its tag, its position in the message (UNH is segment 1, as UNT counts)
 * and its elements, each a list of components; a simple element is a composite of one component.
 * Absent elements and components read as empty text, never null.
 */
record EdifactSegment(String tag, int position, List<List<String>> elements) {

    EdifactSegment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The first component of an element, counting elements from 1 as the directories do. */
    String value(int element) {
        return component(element, 1);
    }

    String component(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1).strip();
    }

    boolean is(String expectedTag) {
        return tag.equals(expectedTag);
    }

    /** Where a problem in this segment is, for a failure: {@code message 42, segment STS (segment #13)}. */
    String where(String messageReference) {
        return "message " + messageReference + ", segment " + tag + " (segment #" + position + ")";
    }

    String where(String messageReference, int element) {
        return where(messageReference) + ", element " + twoDigits(element);
    }

    String where(String messageReference, int element, int component) {
        return where(messageReference, element) + ", component " + twoDigits(component);
    }

    private static String twoDigits(int number) {
        return String.format(Locale.ROOT, "%02d", number);
    }
}

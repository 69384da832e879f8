package org.harbormaster.formats.x12;

import java.util.ArrayList;
import java.util.List;
import org.harbormaster.formats.events.ParseFailure;

/**
 * The failures of one message, in the order found. A file of garbage can break every segment; past
 * {@link #LIMIT} failures only the count is kept, so that a quarantined message stays readable.
 */
final class Failures {

    static final int LIMIT = 200;

    private final List<ParseFailure> failures = new ArrayList<>();
    private int dropped;

    void add(String where, String reason) {
        if (failures.size() < LIMIT) {
            failures.add(new ParseFailure(where, reason));
        } else {
            dropped++;
        }
    }

    List<ParseFailure> list() {
        if (dropped == 0) {
            return List.copyOf(failures);
        }
        List<ParseFailure> all = new ArrayList<>(failures);
        all.add(new ParseFailure("the rest of the message", dropped + " more failures not listed"));
        return List.copyOf(all);
    }
}

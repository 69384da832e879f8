package org.harbormaster.exception;

import java.time.Instant;
import java.util.Objects;

/** When a milestone is now expected, and on whose word: "carrier estimate", "our median prediction", "plan"... */
record Outlook(Instant at, String basis) {

    Outlook {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(basis, "basis");
    }

    static Outlook later(Outlook a, Outlook b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.at.isAfter(a.at) ? a : b;
    }
}

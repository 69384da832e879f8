package org.harbormaster.event;

import java.util.Objects;

/** One data-quality finding about one event, with the numbers that triggered it. */
public record Finding(FindingCode code, String detail) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}

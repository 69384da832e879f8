package org.harbormaster.exception;

import java.util.Objects;
import java.util.UUID;

/** The system's identity of one alert, from opening to closing. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "value");
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

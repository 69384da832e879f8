package org.harbormaster.shipment;

/** Small guards for free-text fields; kept package-private so the model's surface stays the trade's. */
final class Text {

    private Text() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

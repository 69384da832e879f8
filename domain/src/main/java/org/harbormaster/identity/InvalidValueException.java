package org.harbormaster.identity;

/** A value that does not satisfy its own rules, such as a container number with a wrong check digit. */
public class InvalidValueException extends IllegalArgumentException {

    private final String input;
    private final String reason;

    public InvalidValueException(String input, String reason) {
        super(reason + " (input: '" + input + "')");
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}

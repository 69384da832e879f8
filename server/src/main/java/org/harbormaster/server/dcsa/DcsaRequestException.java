package org.harbormaster.server.dcsa;

import org.springframework.http.HttpStatus;

/**
 * A request to one of the DCSA endpoints that we answer with a DCSA error: the HTTP status, DCSA's short
 * {@code reason} (such as {@code invalidQuery}) and a message that says what to change.
 */
class DcsaRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String reason;

    DcsaRequestException(HttpStatus status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    static DcsaRequestException invalidQuery(String message) {
        return new DcsaRequestException(HttpStatus.BAD_REQUEST, "invalidQuery", message);
    }

    static DcsaRequestException invalidInput(String message) {
        return new DcsaRequestException(HttpStatus.BAD_REQUEST, "invalidInput", message);
    }

    static DcsaRequestException notFound(String message) {
        return new DcsaRequestException(HttpStatus.NOT_FOUND, "notFound", message);
    }

    HttpStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }
}

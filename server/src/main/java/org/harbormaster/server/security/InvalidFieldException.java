package org.harbormaster.server.security;

/** A request field the bean-validation annotations could not judge, rejected by a service. */
class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    InvalidFieldException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}

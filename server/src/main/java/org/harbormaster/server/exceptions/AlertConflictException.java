package org.harbormaster.server.exceptions;

/** The case's state does not allow the action (resolving a cleared case), or it changed since it was read. */
public class AlertConflictException extends RuntimeException {

    public AlertConflictException(String message) {
        super(message);
    }
}

package org.harbormaster.server.exceptions;

/** No exception case has this id. */
public class AlertNotFoundException extends RuntimeException {

    public AlertNotFoundException(String id) {
        super("no exception case " + id);
    }
}

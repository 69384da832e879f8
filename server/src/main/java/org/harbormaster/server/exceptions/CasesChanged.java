package org.harbormaster.server.exceptions;

/** Exception cases were written (opened, updated, acted on, cleared): the open queues should show it. */
record CasesChanged(int cases) {
}

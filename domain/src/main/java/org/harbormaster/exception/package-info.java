/**
 * Exceptions, in the trade's sense: rules that read a shipment and what is known about it and report what
 * someone must act on, the alerts' lifecycle (open, acknowledge, assign, snooze, resolve, clear by itself)
 * with SLA timers, and a priority whose arithmetic is shown. In code they are "alerts", so that they are never
 * mistaken for Java exceptions; the user interface keeps the industry word.
 */
package org.harbormaster.exception;

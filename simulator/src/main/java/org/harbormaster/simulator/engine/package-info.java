/**
 * The discrete-event engine: a queue of timed actions run in time order with stable tie-breaking, and
 * seeded random streams, so that a seed decides a run completely. No wall clock is read here.
 */
package org.harbormaster.simulator.engine;

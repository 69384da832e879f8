/**
 * The system under simulation: the vendors' messages go through Harbormaster's own parsers (formats), are
 * matched to shipments by container and reference, checked for data quality and applied with
 * {@code EventApplication}, onto shipments kept in memory.
 */
package org.harbormaster.simulator.inbox;

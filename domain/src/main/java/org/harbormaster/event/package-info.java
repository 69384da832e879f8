/**
 * Milestone events from every source, normalized: applying them to shipments (independent of arrival
 * order and duplicates) and checking their data quality.
 */
package org.harbormaster.event;

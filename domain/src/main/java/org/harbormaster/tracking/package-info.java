/**
 * Shipments known only from a container-tracking feed: their trips cut from a container's events, and a plan
 * of legs read from where the container went, so that predictions and backtests work on them as on booked ones.
 */
package org.harbormaster.tracking;

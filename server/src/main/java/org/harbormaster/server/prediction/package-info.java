/**
 * Predicted arrivals in the server: the versioned transit model learned from finished shipments, the latest
 * prediction of each shipment (remade on every event that changes it), its API, and the backtest.
 */
package org.harbormaster.server.prediction;

/**
 * The backtest of predicted arrivals over the history in the database: finished shipments replayed as of a
 * cut-off before their arrival, scored against the carrier's estimate or the plan.
 */
package org.harbormaster.server.backtest;

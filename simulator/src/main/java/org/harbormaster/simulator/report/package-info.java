/**
 * What a run measured: the KPIs of the truth (what happened) and of Harbormaster's view (what its messages
 * told it), written as a deterministic JSON report and a self-contained HTML page; and the comparison of two
 * policies over several seeds with confidence intervals.
 */
package org.harbormaster.simulator.report;

/**
 * Harbormaster's network simulator (issue 7): {@link org.harbormaster.simulator.Simulation#run} runs a
 * scenario through Harbormaster's own planning, parsing, event application and prediction code and returns
 * the run's KPIs; {@link org.harbormaster.simulator.report.PolicyComparison} compares two policies.
 */
package org.harbormaster.simulator;

/**
 * The people and the rules of operation: work items raised from what Harbormaster knows of each shipment,
 * an operations team that works them with a given staffing and handling time, and the policies that decide
 * dispatch and vendor choice. The work-item source is an interface so that the exception engine can feed it.
 */
package org.harbormaster.simulator.operations;

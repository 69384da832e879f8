/**
 * What a simulation runs: a regional network (carriers and their weekly services, lanes, terminals, customs,
 * rail and drayage vendors, customers) and the operating policies to try on it, read from a YAML file.
 */
package org.harbormaster.simulator.scenario;

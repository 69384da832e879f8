/**
 * What physically happens in the simulated network: weekly sailings that keep or miss their schedule,
 * terminals, customs exams, rail and trucks, and each shipment's journey through them. This is the truth the
 * vendors report on; Harbormaster only ever sees their messages.
 */
package org.harbormaster.simulator.network;

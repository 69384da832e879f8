/**
 * The network's vendors as message senders: each milestone a carrier, railroad or trucker sees becomes a
 * status report, rendered in the sender's real wire format (DCSA Track &amp; Trace JSON, X12 315, trucker
 * status CSV) with the noise real senders add: lag, late and missing reports, duplicates, wrong data.
 */
package org.harbormaster.simulator.vendors;

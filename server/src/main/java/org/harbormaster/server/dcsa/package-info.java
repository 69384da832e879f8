/**
 * DCSA Track &amp; Trace 2.2 both ways: carriers push events to our signed callback or are polled, and we
 * publish the events applied to shipments as a DCSA API of our own, with push subscriptions. See docs/dcsa.md.
 */
package org.harbormaster.server.dcsa;

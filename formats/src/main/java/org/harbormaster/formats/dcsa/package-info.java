/**
 * DCSA Track &amp; Trace (2.2, and the 3.0 metadata/payload shape) read into milestone events, with the
 * code-to-milestone table as data ({@code dcsa-milestones.csv}), and the subscription callback's signature.
 */
package org.harbormaster.formats.dcsa;

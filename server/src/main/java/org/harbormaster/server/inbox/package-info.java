/**
 * The durable inbox: every inbound carrier message stored raw before it is acknowledged, then parsed,
 * matched to shipments and applied exactly once, with data-quality findings, quarantine and replay.
 */
package org.harbormaster.server.inbox;

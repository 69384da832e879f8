package org.harbormaster.server.dcsa;

/** DCSA's {@code eventType}: the three kinds of Track &amp; Trace event. */
enum DcsaEventType {
    SHIPMENT,
    TRANSPORT,
    EQUIPMENT
}

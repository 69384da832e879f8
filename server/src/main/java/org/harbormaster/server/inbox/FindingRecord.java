package org.harbormaster.server.inbox;

import java.util.UUID;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.FindingCode;

/**
 * A data-quality finding as stored: about an event (or, with no event key, about a part of a message that
 * could not be read), judged on its own or against one shipment's plan, and counted against its source.
 */
record FindingRecord(String eventKey, long messageId, UUID shipmentId, FindingCode code, String detail,
                     EventSource source) {
}

package org.harbormaster.formats.x12;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.EventKeys;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * What every event of one 315 transaction shares: the container, the references, the vessel, the sender
 * and the message's times. The status (B4) and each port time (R4/DTM) add what, when and where.
 */
record TransactionFacts(EventSource source, List<ContainerNumber> equipment, List<CarrierReference> references,
                        String vesselName, ImoNumber vesselImo, String voyage, boolean empty,
                        Instant reportedAt, MessageContext context) {

    TransactionFacts {
        equipment = List.copyOf(equipment);
        references = List.copyOf(references);
    }

    /** When the sender created the message, or when it arrived if the envelope does not say. */
    Instant sentAt() {
        return reportedAt != null ? reportedAt : context.receivedAt();
    }

    /**
     * The event, keyed by its content: X12 has no event id, and the same status resent in another file
     * (other control numbers, other send time) must get the same key.
     */
    MilestoneEvent event(MilestoneType type, String sourceCode, TimeKind kind, Instant time, UnLocode location,
                         String facility, TransportMode mode) {
        Object identifiedBy = equipment.isEmpty() ? references : equipment;
        String key = EventKeys.ofContent(EventFormat.X12_315.name(), source.sender(), sourceCode, identifiedBy,
                location, time, kind);
        return new MilestoneEvent(key, type, sourceCode, kind, time, location, facility, mode, equipment, references,
                vesselName, vesselImo, voyage, empty, source, reportedAt, context.receivedAt(), context.messageId());
    }
}

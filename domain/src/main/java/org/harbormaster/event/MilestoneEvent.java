package org.harbormaster.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.EventStamp;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * One thing that happened (or is planned or expected to happen) to cargo, whatever format it came in:
 * what, to which equipment or shipment, where, when, and whether planned, estimated or actual.
 *
 * @param eventKey   identity for de-duplication: the source's own event id where it has one, otherwise a
 *                   digest of the event's content, so the same event inside another message is recognised
 * @param type       the milestone it reports; null when the source's code maps to none (kept, and flagged)
 * @param sourceCode the code as the source wrote it ({@code VD}, {@code ARRI}, {@code GTIN/EMPTY}...)
 * @param equipment  the containers it concerns (may be empty for shipment-level events)
 * @param references booking, bills of lading, air waybills... the event names, for matching
 * @param reportedAt when the source says it created the event; orders corrections
 * @param receivedAt when Harbormaster received the message
 * @param messageId  the inbox message it came from (null for events not yet stored)
 * @param empty      true when the equipment was empty (an empty gate-in is an empty return)
 */
public record MilestoneEvent(String eventKey, MilestoneType type, String sourceCode, TimeKind kind,
                             Instant eventTime, UnLocode location, String facility, TransportMode mode,
                             List<ContainerNumber> equipment, List<CarrierReference> references,
                             String vesselName, ImoNumber vesselImo, String voyage, boolean empty,
                             EventSource source, Instant reportedAt, Instant receivedAt, Long messageId) {

    public MilestoneEvent {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
        references = List.copyOf(references == null ? List.of() : references);
        reportedAt = reportedAt == null ? receivedAt : reportedAt;
    }

    public EventStamp stamp() {
        return new EventStamp(reportedAt, eventKey);
    }

    public MilestoneEvent withReportedAt(Instant newReportedAt) {
        return new MilestoneEvent(eventKey, type, sourceCode, kind, eventTime, location, facility, mode, equipment,
                references, vesselName, vesselImo, voyage, empty, source, newReportedAt, receivedAt, messageId);
    }

    public MilestoneEvent fromMessage(long inboxMessageId) {
        return new MilestoneEvent(eventKey, type, sourceCode, kind, eventTime, location, facility, mode, equipment,
                references, vesselName, vesselImo, voyage, empty, source, reportedAt, receivedAt, inboxMessageId);
    }
}

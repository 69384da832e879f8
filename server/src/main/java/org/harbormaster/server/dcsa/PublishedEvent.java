package org.harbormaster.server.dcsa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harbormaster.event.TimeKind;

/**
 * One event as we publish it: an event applied to one of our shipments, once per container for equipment
 * events (DCSA's equipment event names one piece of equipment).
 *
 * @param publishedId        our key for it: event key, shipment, and container for equipment events
 * @param eventId            DCSA's eventID, a name-based UUID of {@code publishedId}
 * @param createdAt          eventCreatedDateTime: when the event was applied to the shipment, so a
 *                           subscriber polling "created after my last poll" never misses a late report
 * @param mode               VESSEL, BARGE, RAIL or TRUCK; null when unknown (then no transportCall)
 * @param transportCallId    a name-based UUID of mode, vessel, voyage and place; null without a mode
 * @param equipment          every container the event names
 * @param equipmentReference the one container of an equipment event (null when it names none)
 * @param references         the shipment's and the event's references as {@code TYPE:VALUE}
 */
record PublishedEvent(String publishedId, UUID eventId, Instant createdAt, DcsaEventCode code, TimeKind kind,
                      Instant eventTime, String location, String facility, String mode, String transportCallId,
                      String vesselName, String vesselImo, String voyage, boolean empty, List<String> equipment,
                      String equipmentReference, String isoEquipmentCode, String shipmentReference,
                      List<String> references) {

    PublishedEvent {
        equipment = List.copyOf(equipment);
        references = List.copyOf(references);
    }

    DcsaEventType eventType() {
        return code.eventType();
    }
}

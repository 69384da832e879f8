package org.harbormaster.server.dcsa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.LocationInfo;
import org.harbormaster.identity.UnLocodeDirectory;

/**
 * Writes a {@link PublishedEvent} as a DCSA T&amp;T 2.2 transport, equipment or shipment event. Times of
 * events are local to the place (DCSA: "the local date and time, where the event took place"), with their
 * offset; eventCreatedDateTime is UTC. References: our shipment reference as FF (freight forwarder's
 * reference), the customer's and purchase order numbers as CR and PO, containers as EQ.
 *
 * <p>Booking and bill of lading numbers are not echoed: 2.2 carries them only in {@code documentReferences},
 * whose {@code documentReferenceType} enum the 2.2.0 document spells "BKG (Booking)" and "TRD (Transport
 * Document)" (fixed in 2.3), so no value a client expects would be valid. They remain filters.
 */
final class PublishedEventJson {

    private final UnLocodeDirectory places;

    PublishedEventJson(UnLocodeDirectory places) {
        this.places = places;
    }

    Map<String, Object> write(PublishedEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventID", event.eventId().toString());
        json.put("eventCreatedDateTime", utc(event.createdAt()));
        json.put("eventType", event.eventType().name());
        json.put("eventClassifierCode", classifier(event.kind()));
        switch (event.eventType()) {
            case TRANSPORT -> transport(event, json);
            case EQUIPMENT -> equipment(event, json);
            case SHIPMENT -> shipment(event, json);
        }
        List<Map<String, Object>> references = references(event);
        if (!references.isEmpty()) {
            json.put("references", references);
        }
        return json;
    }

    private void transport(PublishedEvent event, Map<String, Object> json) {
        json.put("eventDateTime", local(event.eventTime(), event.location()));
        json.put("transportEventTypeCode", event.code().code());
        json.put("transportCall", transportCall(event));
    }

    private void equipment(PublishedEvent event, Map<String, Object> json) {
        json.put("eventDateTime", local(event.eventTime(), event.location()));
        json.put("equipmentEventTypeCode", event.code().code());
        if (event.equipmentReference() != null) {
            json.put("equipmentReference", event.equipmentReference());
        }
        if (event.isoEquipmentCode() != null) {
            json.put("ISOEquipmentCode", event.isoEquipmentCode());
        }
        json.put("emptyIndicatorCode", event.empty() || event.code().alwaysEmpty() ? "EMPTY" : "LADEN");
        if (event.location() != null || event.facility() != null) {
            json.put("eventLocation", location(event));
        }
        if (event.mode() != null) {
            json.put("transportCall", transportCall(event));
        }
    }

    /** The spec: a shipment event's eventDateTime "must be the same value as eventCreatedDateTime". */
    private void shipment(PublishedEvent event, Map<String, Object> json) {
        json.put("eventDateTime", utc(event.createdAt()));
        json.put("shipmentEventTypeCode", event.code().code());
        json.put("documentTypeCode", DcsaEventCode.CUSTOMS_DOCUMENT);
        json.put("documentID", event.shipmentReference());
    }

    private Map<String, Object> transportCall(PublishedEvent event) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("transportCallID", event.transportCallId());
        if (event.voyage() != null) {
            call.put("exportVoyageNumber", cut(event.voyage(), 50));
        }
        if (event.location() != null) {
            call.put("UNLocationCode", event.location());
        }
        call.put("modeOfTransport", event.mode());
        if (event.facility() != null) {
            call.put("location", location(event));
        }
        if (event.vesselImo() != null) {
            Map<String, Object> vessel = new LinkedHashMap<>();
            vessel.put("vesselIMONumber", event.vesselImo());
            if (event.vesselName() != null) {
                vessel.put("vesselName", cut(event.vesselName(), 35));
            }
            call.put("vessel", vessel);
        }
        return call;
    }

    private Map<String, Object> location(PublishedEvent event) {
        Map<String, Object> location = new LinkedHashMap<>();
        String name = event.facility() != null ? event.facility()
                : event.location() == null ? null : places.find(event.location()).map(LocationInfo::name).orElse(null);
        if (name != null && !name.isBlank()) {
            location.put("locationName", cut(name, 100));
        }
        if (event.location() != null) {
            location.put("UNLocationCode", event.location());
        }
        return location;
    }

    private static List<Map<String, Object>> references(PublishedEvent event) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        if (event.shipmentReference() != null) {
            pairs.add(List.of("FF", event.shipmentReference()));
        }
        for (String reference : event.references()) {
            int colon = reference.indexOf(':');
            String dcsaType = colon < 0 ? null : switch (reference.substring(0, colon)) {
                case "CUSTOMER_REFERENCE" -> "CR";
                case "PURCHASE_ORDER" -> "PO";
                default -> null;
            };
            if (dcsaType != null) {
                pairs.add(List.of(dcsaType, reference.substring(colon + 1)));
            }
        }
        for (String container : event.equipment()) {
            pairs.add(List.of("EQ", container));
        }
        List<Map<String, Object>> references = new ArrayList<>();
        for (List<String> pair : pairs) {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("referenceType", pair.get(0));
            reference.put("referenceValue", cut(pair.get(1), 100));
            references.add(reference);
        }
        return references;
    }

    private String local(Instant time, String location) {
        ZoneId zone = location == null ? ZoneOffset.UTC
                : places.find(location).map(LocationInfo::zone).orElse(ZoneOffset.UTC);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(time, zone));
    }

    static String utc(Instant time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    private static String classifier(TimeKind kind) {
        return switch (kind) {
            case PLANNED -> "PLN";
            case ESTIMATED -> "EST";
            case ACTUAL -> "ACT";
        };
    }

    private static String cut(String value, int maxLength) {
        return value.length() <= maxLength ? value : value.substring(0, maxLength);
    }
}

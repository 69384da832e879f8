package org.harbormaster.server.dcsa;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of our published events someone wants: the filters of {@code GET /v2/events} and of an event
 * subscription, with DCSA's meaning. Filters combine with AND; the values of a list filter with OR. A code
 * filter of one event type (say {@code equipmentEventTypeCode}) keeps only events of that type, so
 * {@code shipmentEventTypeCode=DRFT&equipmentEventTypeCode=GTIN} finds nothing, as the spec says.
 *
 * @param created conditions on eventCreatedDateTime ({@code :gte} and the like); only queries have them
 */
record EventFilter(Set<DcsaEventType> eventTypes, Set<String> shipmentEventTypeCodes, Set<String> documentTypeCodes,
                   String carrierBookingReference, String transportDocumentReference,
                   Set<String> transportEventTypeCodes, String transportCallId, String vesselImoNumber,
                   String exportVoyageNumber, String carrierServiceCode, String unLocationCode,
                   Set<String> equipmentEventTypeCodes, String equipmentReference, List<CreatedCondition> created) {

    static final EventFilter ALL = new EventFilter(Set.of(), Set.of(), Set.of(), null, null, Set.of(), null, null,
            null, null, null, Set.of(), null, List.of());

    EventFilter {
        eventTypes = Set.copyOf(eventTypes);
        shipmentEventTypeCodes = Set.copyOf(shipmentEventTypeCodes);
        documentTypeCodes = Set.copyOf(documentTypeCodes);
        transportEventTypeCodes = Set.copyOf(transportEventTypeCodes);
        equipmentEventTypeCodes = Set.copyOf(equipmentEventTypeCodes);
        created = List.copyOf(created);
    }

    /** The filters as the fields of a DCSA subscription body (without callbackUrl and secret). */
    Map<String, Object> subscriptionFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        putList(fields, "eventType", eventTypes.stream().map(Enum::name).sorted().toList());
        putList(fields, "shipmentEventTypeCode", shipmentEventTypeCodes.stream().sorted().toList());
        putList(fields, "documentTypeCode", documentTypeCodes.stream().sorted().toList());
        putValue(fields, "carrierBookingReference", carrierBookingReference);
        putValue(fields, "transportDocumentReference", transportDocumentReference);
        putList(fields, "transportEventTypeCode", transportEventTypeCodes.stream().sorted().toList());
        putValue(fields, "transportCallID", transportCallId);
        putValue(fields, "vesselIMONumber", vesselImoNumber);
        putValue(fields, "exportVoyageNumber", exportVoyageNumber);
        putValue(fields, "carrierServiceCode", carrierServiceCode);
        putValue(fields, "UNLocationCode", unLocationCode);
        putList(fields, "equipmentEventTypeCode", equipmentEventTypeCodes.stream().sorted().toList());
        putValue(fields, "equipmentReference", equipmentReference);
        return fields;
    }

    private static void putList(Map<String, Object> fields, String name, List<String> values) {
        if (!values.isEmpty()) {
            fields.put(name, values);
        }
    }

    private static void putValue(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** One {@code eventCreatedDateTime[:op]=value} condition. */
    record CreatedCondition(Comparison comparison, Instant value) {
    }

    /** DCSA's operators on eventCreatedDateTime; no operator means {@code :eq}. */
    enum Comparison {
        GTE(">="), GT(">"), LTE("<="), LT("<"), EQ("=");

        private final String sql;

        Comparison(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }
}

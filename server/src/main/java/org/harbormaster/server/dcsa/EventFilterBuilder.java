package org.harbormaster.server.dcsa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads DCSA filter fields, by their DCSA names, from a query string or a subscription body into an
 * {@link EventFilter}, checking each value against the spec's code lists and lengths. A bad value ends the
 * request with a DCSA error that names the field.
 */
final class EventFilterBuilder {

    static final Set<String> SHIPMENT_EVENT_TYPE_CODES = Set.of("RECE", "DRFT", "PENA", "PENU", "REJE", "APPR",
            "ISSU", "SURR", "SUBM", "VOID", "CONF", "REQS", "CMPL", "HOLD", "RELS");
    static final Set<String> DOCUMENT_TYPE_CODES = Set.of("CBR", "BKG", "SHI", "SRM", "TRD", "ARN", "VGM", "CAS",
            "CUS", "DGD", "OOG");
    static final Set<String> TRANSPORT_EVENT_TYPE_CODES = Set.of("ARRI", "DEPA");
    static final Set<String> EQUIPMENT_EVENT_TYPE_CODES = Set.of("LOAD", "DISC", "GTIN", "GTOT", "STUF", "STRP",
            "PICK", "DROP", "INSP", "RSEA", "RMVD");
    /** Deprecated filters of 2.2 we cannot honour: we have no ids of that kind. */
    static final Set<String> UNSUPPORTED = Set.of("transportDocumentID", "scheduleID", "transportDocumentTypeCode");

    private final Function<String, DcsaRequestException> invalid;

    private final Set<DcsaEventType> eventTypes = EnumSet.noneOf(DcsaEventType.class);
    private final Set<String> shipmentEventTypeCodes = new LinkedHashSet<>();
    private final Set<String> documentTypeCodes = new LinkedHashSet<>();
    private final Set<String> transportEventTypeCodes = new LinkedHashSet<>();
    private final Set<String> equipmentEventTypeCodes = new LinkedHashSet<>();
    private final List<EventFilter.CreatedCondition> created = new ArrayList<>();
    private String carrierBookingReference;
    private String transportDocumentReference;
    private String transportCallId;
    private String vesselImoNumber;
    private String exportVoyageNumber;
    private String deprecatedVoyageNumber;
    private String carrierServiceCode;
    private String unLocationCode;
    private String equipmentReference;

    EventFilterBuilder(Function<String, DcsaRequestException> invalid) {
        this.invalid = invalid;
    }

    /**
     * Takes one filter field. {@code values} are the items of a list field (already split at commas) or the
     * one value of a single-valued field.
     *
     * @return false when {@code name} is no filter field
     */
    boolean accept(String name, List<String> values) {
        switch (name) {
            case "eventType" -> codes(name, values, Set.of("SHIPMENT", "TRANSPORT", "EQUIPMENT"))
                    .forEach(v -> eventTypes.add(DcsaEventType.valueOf(v)));
            case "shipmentEventTypeCode" -> shipmentEventTypeCodes.addAll(codes(name, values, SHIPMENT_EVENT_TYPE_CODES));
            case "documentTypeCode" -> documentTypeCodes.addAll(codes(name, values, DOCUMENT_TYPE_CODES));
            case "transportEventTypeCode" ->
                    transportEventTypeCodes.addAll(codes(name, values, TRANSPORT_EVENT_TYPE_CODES));
            case "equipmentEventTypeCode" ->
                    equipmentEventTypeCodes.addAll(codes(name, values, EQUIPMENT_EVENT_TYPE_CODES));
            case "carrierBookingReference", "bookingReference" -> carrierBookingReference = text(name, values, 35);
            case "transportDocumentReference" -> transportDocumentReference = text(name, values, 20);
            case "transportCallID" -> transportCallId = text(name, values, 100);
            case "vesselIMONumber" -> vesselImoNumber = imo(name, values);
            case "exportVoyageNumber" -> exportVoyageNumber = text(name, values, 50);
            case "carrierVoyageNumber" -> deprecatedVoyageNumber = text(name, values, 50);
            case "carrierServiceCode" -> carrierServiceCode = text(name, values, 5);
            case "UNLocationCode" -> unLocationCode = upper(text(name, values, 5));
            case "equipmentReference" -> equipmentReference = upper(text(name, values, 15));
            default -> {
                if (UNSUPPORTED.contains(name)) {
                    throw invalid.apply(name + " is deprecated and not supported here: filter by "
                            + (name.equals("scheduleID") ? "vesselIMONumber and exportVoyageNumber"
                            : "transportDocumentReference") + " instead");
                }
                return false;
            }
        }
        return true;
    }

    void created(EventFilter.CreatedCondition condition) {
        created.add(condition);
    }

    EventFilter build() {
        return new EventFilter(eventTypes, shipmentEventTypeCodes, documentTypeCodes, carrierBookingReference,
                transportDocumentReference, transportEventTypeCodes, transportCallId, vesselImoNumber,
                exportVoyageNumber != null ? exportVoyageNumber : deprecatedVoyageNumber, carrierServiceCode,
                unLocationCode, equipmentEventTypeCodes, equipmentReference, created);
    }

    private List<String> codes(String name, List<String> values, Set<String> allowed) {
        List<String> codes = new ArrayList<>();
        for (String value : values) {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!allowed.contains(code)) {
                throw invalid.apply(name + " has the value '" + value + "'; allowed are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            codes.add(code);
        }
        return codes;
    }

    private String text(String name, List<String> values, int maxLength) {
        if (values.size() != 1) {
            throw invalid.apply(name + " takes one value");
        }
        String value = values.get(0).strip();
        if (value.isEmpty()) {
            throw invalid.apply(name + " is empty");
        }
        if (value.length() > maxLength) {
            throw invalid.apply(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** Seven digits; the "IMO" prefix people often write is dropped. */
    private String imo(String name, List<String> values) {
        String value = text(name, values.stream().map(v -> v.strip().replaceFirst("(?i)^IMO\\s*", "")).toList(), 7);
        if (!value.chars().allMatch(Character::isDigit) || value.length() != 7) {
            throw invalid.apply(name + " must be the 7 digits of the IMO number");
        }
        return value;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}

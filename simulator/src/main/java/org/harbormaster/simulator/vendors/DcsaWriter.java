package org.harbormaster.simulator.vendors;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;

/**
 * Writes DCSA Track &amp; Trace 3.0 events ({@code metadata} and {@code payload}) as a carrier's subscription
 * callback sends them: a JSON array. Equipment events are one per container; transport events one per
 * booking. Times carry the offset of the place they happened at.
 */
public final class DcsaWriter {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private DcsaWriter() {
    }

    /** One event object per container (or one for a transport event), appended to {@code json} with commas. */
    static void events(StringBuilder json, StatusReport report, UUID firstId, Instant createdAt, WrongData wrong) {
        if (report.status().isTransport()) {
            separate(json);
            transport(json, report, firstId, createdAt, wrong);
            return;
        }
        List<ContainerNumber> containers = report.containers();
        for (int i = 0; i < containers.size(); i++) {
            separate(json);
            UUID id = new UUID(firstId.getMostSignificantBits(), firstId.getLeastSignificantBits() + i);
            equipment(json, report, containers.get(i), id, createdAt, wrong);
        }
    }

    private static void separate(StringBuilder json) {
        if (json.length() > 1) {
            json.append(",\n");
        }
    }

    private static void transport(StringBuilder json, StatusReport r, UUID id, Instant createdAt, WrongData wrong) {
        String code = switch (r.status()) {
            case VESSEL_DEPARTED, RAIL_DEPARTED -> "DEPA";
            case VESSEL_ARRIVED, RAIL_ARRIVED -> "ARRI";
            default -> throw new IllegalArgumentException(r.status() + " is not a transport event");
        };
        String mode = r.status() == StatusReport.Status.RAIL_ARRIVED || r.status() == StatusReport.Status.RAIL_DEPARTED
                ? "RAIL" : "VESSEL";
        metadata(json, id, createdAt, "TRANSPORT");
        payloadStart(json, r);
        json.append(",\"transportEventTypeCode\":\"").append(code).append('"');
        json.append(",\"transportCall\":{\"modeOfTransport\":\"").append(mode).append('"');
        location(json, r.place(), wrong);
        if (r.vessel() != null) {
            json.append(",\"carrierExportVoyageNumber\":\"").append(r.vessel().voyageOrFlight()).append('"')
                    .append(",\"carrierImportVoyageNumber\":\"").append(r.vessel().voyageOrFlight()).append('"')
                    .append(",\"vessel\":{\"vesselIMONumber\":\"").append(r.vessel().imo().digits())
                    .append("\",\"name\":\"").append(r.vessel().name()).append("\"}");
        }
        json.append('}');
        bookingReference(json, r.booking());
        json.append("}}");
    }

    private static void equipment(StringBuilder json, StatusReport r, ContainerNumber container, UUID id,
                                  Instant createdAt, WrongData wrong) {
        String code;
        String empty = "LADEN";
        switch (r.status()) {
            case LOADED_ON_VESSEL -> code = "LOAD";
            case DISCHARGED_FROM_VESSEL, UNLOADED_FROM_RAIL -> code = "DISC";
            case CUSTOMS_HOLD -> code = "CUSI";
            case CUSTOMS_RELEASED -> code = "CUSR";
            case AVAILABLE_FOR_PICKUP -> code = "AVPU";
            case GATE_OUT_FULL -> code = "GTOT";
            case DELIVERED -> code = "DROP";
            case EMPTY_RETURNED -> {
                code = "GTIN";
                empty = "EMPTY";
            }
            default -> throw new IllegalArgumentException(r.status() + " is not an equipment event");
        }
        metadata(json, id, createdAt, "EQUIPMENT");
        payloadStart(json, r);
        json.append(",\"equipmentEventTypeCode\":\"").append(code).append('"')
                .append(",\"equipmentReference\":\"").append(wrong == WrongData.CHECK_DIGIT
                        ? ContainerNumbers.mistyped(container) : container.value()).append('"')
                .append(",\"ISOEquipmentCode\":\"45G1\",\"emptyIndicatorCode\":\"").append(empty).append('"');
        json.append(",\"location\":{\"locationType\":\"UNLO\"");
        location(json, r.place(), wrong);
        json.append('}');
        bookingReference(json, r.booking());
        json.append("}}");
    }

    private static void metadata(StringBuilder json, UUID id, Instant createdAt, String eventType) {
        json.append("{\"metadata\":{\"eventID\":\"").append(id).append("\",\"eventCreatedDateTime\":\"")
                .append(createdAt).append("\",\"eventType\":\"").append(eventType).append("\"}");
    }

    private static void payloadStart(StringBuilder json, StatusReport r) {
        json.append(",\"payload\":{\"eventClassifierCode\":\"").append(classifier(r)).append("\",\"eventDateTime\":\"")
                .append(localTime(r.at(), r.place())).append('"');
    }

    private static String classifier(StatusReport r) {
        return switch (r.kind()) {
            case ACTUAL -> "ACT";
            case ESTIMATED -> "EST";
            case PLANNED -> "PLN";
        };
    }

    private static void location(StringBuilder json, UnLocode place, WrongData wrong) {
        json.append(",\"UNLocationCode\":\"").append(wrong == WrongData.LOCATION ? "XXZZZ" : place.value()).append('"');
    }

    private static void bookingReference(StringBuilder json, String booking) {
        json.append(",\"relatedDocumentReferences\":[{\"type\":\"BKG\",\"value\":\"").append(booking).append("\"}]");
    }

    private static String localTime(Instant at, UnLocode place) {
        ZoneId zone = place.zone();
        return OFFSET_TIME.format(at.atZone(zone).toOffsetDateTime());
    }
}

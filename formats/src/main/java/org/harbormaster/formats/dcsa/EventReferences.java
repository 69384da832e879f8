package org.harbormaster.formats.dcsa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.ReferenceType;

/**
 * The containers and the references a DCSA event names, by which it is matched to shipments. Containers
 * come from {@code equipmentReference} and from references of type {@code EQ}; a container number that
 * fails ISO 6346 is reported and left out, while the event is kept for its other references. DCSA codes
 * that name nothing a shipment is known by (a shipping instruction id, an export filing number...) are
 * skipped: they are not failures.
 */
record EventReferences(List<ContainerNumber> equipment, List<CarrierReference> references) {

    /** Document types (a shipment event's document, 2.2 documentReferences, 3.0 relatedDocumentReferences). */
    private static final Map<String, ReferenceType> DOCUMENT_TYPES = Map.of(
            "BKG", ReferenceType.BOOKING,
            "TRD", ReferenceType.MASTER_BILL_OF_LADING);

    /** Reference types: the customer's and our own references given at booking, and purchase orders. */
    private static final Map<String, ReferenceType> REFERENCE_TYPES = Map.of(
            "FF", ReferenceType.CUSTOMER_REFERENCE,
            "SI", ReferenceType.CUSTOMER_REFERENCE,
            "CR", ReferenceType.CUSTOMER_REFERENCE,
            "AAO", ReferenceType.CUSTOMER_REFERENCE,
            "CSI", ReferenceType.CUSTOMER_REFERENCE,
            "BPR", ReferenceType.CUSTOMER_REFERENCE,
            "PO", ReferenceType.PURCHASE_ORDER);

    private static final String EQUIPMENT = "EQ";

    static EventReferences read(DcsaVersion version, JsonFields payload, String shipmentDocumentType) {
        Set<ContainerNumber> equipment = new LinkedHashSet<>();
        Set<CarrierReference> references = new LinkedHashSet<>();
        payload.text("equipmentReference")
                .flatMap(text -> container(payload, "equipmentReference", text))
                .ifPresent(equipment::add);
        if (shipmentDocumentType != null) {
            payload.requiredText(version.shipmentDocument)
                    .flatMap(value -> document(shipmentDocumentType, value))
                    .ifPresent(references::add);
        }
        for (JsonFields item : payload.objects(version.documentReferences)) {
            Optional<String> type = item.requiredText(version.documentReferenceType);
            Optional<String> value = item.requiredText(version.documentReferenceValue);
            if (type.isPresent() && value.isPresent()) {
                document(type.get(), value.get()).ifPresent(references::add);
            }
        }
        for (JsonFields item : payload.objects("references")) {
            Optional<String> type = item.requiredText(version.referenceType);
            Optional<String> value = item.requiredText(version.referenceValue);
            if (type.isEmpty() || value.isEmpty()) {
                continue;
            }
            if (EQUIPMENT.equals(type.get())) {
                container(item, version.referenceValue, value.get()).ifPresent(equipment::add);
            } else {
                reference(type.get(), value.get()).ifPresent(references::add);
            }
        }
        return new EventReferences(List.copyOf(equipment), List.copyOf(references));
    }

    /** 2.2 lists its document reference types as "BKG (Booking)": the code is the first word. */
    private static Optional<CarrierReference> document(String type, String value) {
        String code = type.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        return Optional.ofNullable(DOCUMENT_TYPES.get(code)).map(known -> new CarrierReference(known, value));
    }

    private static Optional<CarrierReference> reference(String type, String value) {
        return Optional.ofNullable(REFERENCE_TYPES.get(type.toUpperCase(Locale.ROOT)))
                .map(known -> new CarrierReference(known, value));
    }

    private static Optional<ContainerNumber> container(JsonFields fields, String name, String text) {
        var parsed = ContainerNumber.parse(text);
        parsed.problem().ifPresent(problem -> fields.fail(name, JsonFields.quote(text)
                + " is not a valid container number (" + problem + "): the event is kept for its other references, "
                + "but cannot be matched by this container"));
        return parsed.value();
    }
}

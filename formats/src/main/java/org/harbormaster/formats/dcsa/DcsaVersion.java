package org.harbormaster.formats.dcsa;

/**
 * The two shapes of a DCSA event and the names that differ between them. T&amp;T 2.2 sends a flat event;
 * T&amp;T 3.0 splits it into {@code metadata} and {@code payload} and renames the fields listed here.
 */
enum DcsaVersion {

    V2_2(true, "documentID", "documentReferences", "documentReferenceType", "documentReferenceValue",
            "referenceType", "referenceValue", "vesselName", "exportVoyageNumber", "importVoyageNumber"),
    V3_0(false, "documentReference", "relatedDocumentReferences", "type", "value",
            "type", "value", "name", "carrierExportVoyageNumber", "carrierImportVoyageNumber");

    /** 2.2 declares the event id a UUID; 3.0 relaxed it to any text of up to 100 characters. */
    final boolean eventIdIsUuid;
    final String shipmentDocument;
    final String documentReferences;
    final String documentReferenceType;
    final String documentReferenceValue;
    final String referenceType;
    final String referenceValue;
    final String vesselName;
    final String exportVoyage;
    final String importVoyage;

    DcsaVersion(boolean eventIdIsUuid, String shipmentDocument, String documentReferences,
                String documentReferenceType, String documentReferenceValue, String referenceType,
                String referenceValue, String vesselName, String exportVoyage, String importVoyage) {
        this.eventIdIsUuid = eventIdIsUuid;
        this.shipmentDocument = shipmentDocument;
        this.documentReferences = documentReferences;
        this.documentReferenceType = documentReferenceType;
        this.documentReferenceValue = documentReferenceValue;
        this.referenceType = referenceType;
        this.referenceValue = referenceValue;
        this.vesselName = vesselName;
        this.exportVoyage = exportVoyage;
        this.importVoyage = importVoyage;
    }
}

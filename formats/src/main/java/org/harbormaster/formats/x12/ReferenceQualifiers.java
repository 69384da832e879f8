package org.harbormaster.formats.x12;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.shipment.ReferenceType;

/**
 * Which N9 reference qualifiers (element 128) name a shipment the way Harbormaster matches shipments.
 * {@code EQ} (equipment) and {@code WU} (vessel name) are read elsewhere; seal numbers, SCACs, contract
 * numbers, railroad and motor carrier names identify no single shipment and are ignored.
 */
final class ReferenceQualifiers {

    private static final Map<String, ReferenceType> TYPES = Map.of(
            "BM", ReferenceType.MASTER_BILL_OF_LADING,
            "MB", ReferenceType.MASTER_BILL_OF_LADING,
            "BN", ReferenceType.BOOKING,
            "HB", ReferenceType.HOUSE_BILL_OF_LADING,
            "CO", ReferenceType.PURCHASE_ORDER,
            "PO", ReferenceType.PURCHASE_ORDER,
            "4F", ReferenceType.CUSTOMER_REFERENCE,
            "SI", ReferenceType.CUSTOMER_REFERENCE);

    static final String EQUIPMENT = "EQ";
    static final String VESSEL_NAME = "WU";

    private ReferenceQualifiers() {
    }

    static Optional<ReferenceType> typeOf(String qualifier) {
        return Optional.ofNullable(TYPES.get(qualifier.strip().toUpperCase(Locale.ROOT)));
    }
}

package org.harbormaster.shipment;

import java.util.Locale;
import java.util.Objects;
import org.harbormaster.identity.AirWaybill;

/**
 * A reference by which a carrier, airline or customer knows the shipment. A master air waybill must pass
 * its mod-7 check; the others are free text as each carrier formats them, compared upper-case.
 */
public record CarrierReference(ReferenceType type, String value) {

    public CarrierReference {
        Objects.requireNonNull(type, "type");
        value = Text.required(value, "reference value").toUpperCase(Locale.ROOT);
        if (type == ReferenceType.MASTER_AIR_WAYBILL) {
            value = AirWaybill.of(value).toString();
        }
    }
}

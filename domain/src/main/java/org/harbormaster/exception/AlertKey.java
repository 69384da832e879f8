package org.harbormaster.exception;

import java.util.Objects;
import org.harbormaster.shipment.ShipmentId;

/** What an alert is about: one shipment, one rule, one subject. At most one alert holds a key at a time. */
public record AlertKey(ShipmentId shipment, RuleCode code, String subject) {

    public AlertKey {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
    }

    public static AlertKey of(ShipmentId shipment, RuleFinding finding) {
        return new AlertKey(shipment, finding.code(), finding.subject());
    }
}

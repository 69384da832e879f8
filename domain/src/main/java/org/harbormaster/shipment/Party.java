package org.harbormaster.shipment;

import java.util.Objects;

/** Someone named on the shipment's documents. */
public record Party(PartyRole role, String name, Address address) {

    public Party {
        Objects.requireNonNull(role, "role");
        name = Text.required(name, "party name");
    }
}

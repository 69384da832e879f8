package org.harbormaster.shipment;

import java.util.Locale;

/** Who performs a leg: a carrier by SCAC or IATA code, or a trucker, railroad, terminal or CFS by code. */
public record Vendor(String code, String name) {

    public Vendor {
        code = Text.required(code, "vendor code").toUpperCase(Locale.ROOT);
        name = name == null || name.isBlank() ? code : name.strip();
    }
}

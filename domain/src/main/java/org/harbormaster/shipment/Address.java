package org.harbormaster.shipment;

import java.util.Locale;

/** A door: where cargo is picked up or delivered when the service is door-to-something. */
public record Address(String street, String city, String postalCode, String countryCode) {

    public Address {
        street = Text.required(street, "street");
        city = Text.required(city, "city");
        postalCode = Text.optional(postalCode);
        countryCode = Text.required(countryCode, "country code").toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two letters (ISO 3166-1 alpha-2)");
        }
    }

    public String oneLine() {
        return street + ", " + (postalCode == null ? "" : postalCode + " ") + city + ", " + countryCode;
    }
}

package org.harbormaster.money.demurrage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;

/**
 * What a tariff applies to: a charge kind and equipment class, for one carrier or any (null), at one port
 * (a UN/LOCODE), every port of a country (a two-letter code) or anywhere (null).
 */
public record TariffScope(ChargeKind kind, EquipmentClass equipment, String carrier, String place) {

    public TariffScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(equipment, "equipment");
        carrier = blankToNull(carrier);
        place = blankToNull(place);
        if (place != null && place.length() != 2 && place.length() != 5) {
            throw new IllegalArgumentException("a tariff's place is a UN/LOCODE or a country code, not '" + place + "'");
        }
    }

    /**
     * Where to look for a container's tariff, most specific first: the carrier at the port, in the port's
     * country, anywhere; then any carrier at the port, in the country, anywhere.
     */
    public static List<TariffScope> fallbacks(ChargeKind kind, EquipmentClass equipment, Scac carrier, UnLocode port) {
        String country = port.countryCode();
        String scac = carrier == null ? null : carrier.value();
        return List.of(
                new TariffScope(kind, equipment, scac, port.value()),
                new TariffScope(kind, equipment, scac, country),
                new TariffScope(kind, equipment, scac, null),
                new TariffScope(kind, equipment, null, port.value()),
                new TariffScope(kind, equipment, null, country),
                new TariffScope(kind, equipment, null, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() || text.strip().equals("*") ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind.word() + " " + equipment + " " + (carrier == null ? "any carrier" : carrier) + " at "
                + (place == null ? "any port" : place);
    }
}

package org.harbormaster.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.TransportMode;

/**
 * What a duration distribution is learned for, at one of four scopes from specific to general: a carrier
 * on a lane (leg type, mode, from and to UN/LOCODE, carrier or vendor code), the lane whoever runs it, the
 * country pair (the trade lane, e.g. CN to US by vessel), and the leg type and mode alone. A dwell leg's
 * lane is its one place (from equals to) and it has no mode. Fields a scope does not use are null, so keys
 * of the same scope compare equal across shipments.
 */
public record LegKey(Scope scope, LegType legType, TransportMode mode, String fromCountry, String toCountry,
                     UnLocode from, UnLocode to, String carrier) {

    /** How specific a key is, most specific first: the order a prediction falls back in. */
    public enum Scope {
        CARRIER_ON_LANE,
        LANE,
        COUNTRY_PAIR,
        MODE
    }

    public LegKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(legType, "legType");
        boolean lane = scope.compareTo(Scope.LANE) <= 0;
        boolean countries = scope.compareTo(Scope.COUNTRY_PAIR) <= 0;
        require(scope != Scope.CARRIER_ON_LANE || carrier != null, scope, "a carrier");
        require(!lane || (from != null && to != null), scope, "from and to UN/LOCODEs");
        require(!countries || (fromCountry != null && toCountry != null), scope, "from and to countries");
        require(lane || (from == null && to == null), scope, "no UN/LOCODEs");
        require(countries || (fromCountry == null && toCountry == null), scope, "no countries");
        require(scope == Scope.CARRIER_ON_LANE || carrier == null, scope, "no carrier");
    }

    private static void require(boolean holds, Scope scope, String what) {
        if (!holds) {
            throw new IllegalArgumentException("a " + scope + " key needs " + what);
        }
    }

    public static LegKey carrierOnLane(LegType type, TransportMode mode, UnLocode from, UnLocode to, String carrier) {
        return new LegKey(Scope.CARRIER_ON_LANE, type, mode, from.countryCode(), to.countryCode(), from, to, carrier);
    }

    public static LegKey lane(LegType type, TransportMode mode, UnLocode from, UnLocode to) {
        return new LegKey(Scope.LANE, type, mode, from.countryCode(), to.countryCode(), from, to, null);
    }

    public static LegKey countryPair(LegType type, TransportMode mode, String fromCountry, String toCountry) {
        return new LegKey(Scope.COUNTRY_PAIR, type, mode, fromCountry, toCountry, null, null, null);
    }

    public static LegKey mode(LegType type, TransportMode mode) {
        return new LegKey(Scope.MODE, type, mode, null, null, null, null, null);
    }

    /** The most specific key a leg can be learned under: with its carrier where one is assigned. */
    public static LegKey of(Leg leg) {
        UnLocode from = leg.from().locode();
        UnLocode to = leg.to().locode();
        return leg.vendor() == null
                ? lane(leg.type(), leg.mode(), from, to)
                : carrierOnLane(leg.type(), leg.mode(), from, to, leg.vendor().code());
    }

    /** Where to look for a leg's distribution, most specific first, ending with its leg type and mode. */
    public static List<LegKey> fallbackChain(Leg leg) {
        return of(leg).fallbacks();
    }

    /** This key and every more general one, in order. */
    public List<LegKey> fallbacks() {
        List<LegKey> chain = new ArrayList<>();
        if (scope == Scope.CARRIER_ON_LANE) {
            chain.add(this);
        }
        if (scope.compareTo(Scope.LANE) <= 0) {
            chain.add(lane(legType, mode, from, to));
        }
        if (scope.compareTo(Scope.COUNTRY_PAIR) <= 0) {
            chain.add(countryPair(legType, mode, fromCountry, toCountry));
        }
        chain.add(mode(legType, mode));
        return List.copyOf(chain);
    }

    @Override
    public String toString() {
        String what = mode == null ? legType.toString() : legType + " by " + mode;
        return switch (scope) {
            case CARRIER_ON_LANE -> what + " " + from + "->" + to + " with " + carrier;
            case LANE -> what + " " + from + "->" + to;
            case COUNTRY_PAIR -> what + " " + fromCountry + "->" + toCountry;
            case MODE -> what;
        };
    }
}

package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentFixturesAccess;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.shipment.Vendor;

/** Test data as the trade talks: Yantian to a Long Beach door, direct or via Busan, and what each leg usually takes. */
final class Voyages {

    static final Vendor MAERSK = new Vendor("MAEU", "Maersk");
    static final Vendor HARBOR_DRAY = new Vendor("DRAY1", "Harbor Dray");
    static final Location YANTIAN = Location.of(UnLocode.of("CNYTN"));
    static final Location BUSAN = Location.of(UnLocode.of("KRPUS"));
    static final Location LONG_BEACH = Location.of(UnLocode.of("USLGB"));
    static final Location DOOR = new Location(UnLocode.of("USLGB"), "door: 1200 Warehouse Way");

    private Voyages() {
    }

    static Instant at(String dateTime) {
        return Instant.parse(dateTime + ":00Z");
    }

    static Duration days(double days) {
        return Duration.ofSeconds(Math.round(days * 86_400));
    }

    /** Loads Dec 1, sails 15 days to Long Beach, 3 days at the terminal, delivered Dec 19, empty back Dec 21. */
    static Shipment yantianToLongBeachDirect() {
        return book(List.of(
                Leg.dwell(LegType.ORIGIN_TERMINAL, null, YANTIAN, at("2026-11-28T06:00"), at("2026-12-01T06:00")),
                Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK, YANTIAN, LONG_BEACH,
                        at("2026-12-01T06:00"), at("2026-12-16T06:00")),
                Leg.dwell(LegType.DESTINATION_TERMINAL, null, LONG_BEACH, at("2026-12-16T06:00"), at("2026-12-19T06:00")),
                Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, HARBOR_DRAY, LONG_BEACH, DOOR,
                        at("2026-12-19T06:00"), at("2026-12-19T18:00")),
                Leg.moving(LegType.EMPTY_RETURN, TransportMode.TRUCK, HARBOR_DRAY, DOOR, LONG_BEACH,
                        at("2026-12-19T18:00"), at("2026-12-21T18:00"))));
    }

    /**
     * Sails Dec 1 to Busan (4 days), discharged Dec 5, loaded Dec 8 00:00 onto the connecting vessel that
     * sails Dec 8 06:00 for Long Beach (12 days), delivered Dec 23, empty back Dec 25.
     */
    static Shipment yantianToLongBeachViaBusan() {
        return book(List.of(
                Leg.dwell(LegType.ORIGIN_TERMINAL, null, YANTIAN, at("2026-11-28T06:00"), at("2026-12-01T06:00")),
                Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK, YANTIAN, BUSAN,
                        at("2026-12-01T06:00"), at("2026-12-05T06:00")),
                Leg.dwell(LegType.TRANSSHIPMENT, null, BUSAN, at("2026-12-05T06:00"), at("2026-12-08T00:00")),
                Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK, BUSAN, LONG_BEACH,
                        at("2026-12-08T06:00"), at("2026-12-20T06:00")),
                Leg.dwell(LegType.DESTINATION_TERMINAL, null, LONG_BEACH, at("2026-12-20T06:00"), at("2026-12-23T06:00")),
                Leg.moving(LegType.DELIVERY, TransportMode.TRUCK, HARBOR_DRAY, LONG_BEACH, DOOR,
                        at("2026-12-23T06:00"), at("2026-12-23T18:00")),
                Leg.moving(LegType.EMPTY_RETURN, TransportMode.TRUCK, HARBOR_DRAY, DOOR, LONG_BEACH,
                        at("2026-12-23T18:00"), at("2026-12-25T18:00"))));
    }

    private static Shipment book(List<Leg> legs) {
        return Shipment.book(ShipmentId.random(), ShipmentFixturesAccess.details(), new Plan(legs), at("2026-11-01T00:00"));
    }

    static Shipment happened(Shipment shipment, String milestoneKey, Instant actual) {
        if (shipment.milestone(milestoneKey).isEmpty()) {
            throw new IllegalArgumentException("no milestone " + milestoneKey);
        }
        return shipment.withMilestones(shipment.milestones().stream()
                .map(m -> m.key().equals(milestoneKey) ? m.withActual(actual) : m)
                .toList());
    }

    /**
     * Leg durations whose medians are the planned ones, at different scopes: the Maersk Yantian-Busan feeder,
     * the Busan-Long Beach lane (prior blended with 20 sailings of 12 days), the Yantian-Long Beach lane,
     * any destination terminal dwell, any delivery by truck, empty returns within the US. Nothing for the
     * origin terminal: its plan stands.
     */
    static Map<LegKey, DurationDistribution> usualDurations() {
        Map<LegKey, DurationDistribution> known = new HashMap<>();
        known.put(LegKey.of(Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK, YANTIAN, BUSAN,
                at("2026-01-01T00:00"), at("2026-01-01T00:00"))), DurationDistribution.logNormal(days(4), days(5)));
        known.put(LegKey.lane(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, BUSAN.locode(), LONG_BEACH.locode()),
                DurationDistribution.blend(DurationDistribution.logNormal(days(12), days(14)),
                        DurationDistribution.observed(java.util.Collections.nCopies(20, days(12)))));
        known.put(LegKey.lane(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, YANTIAN.locode(), LONG_BEACH.locode()),
                DurationDistribution.logNormal(days(15), days(18)));
        known.put(LegKey.mode(LegType.DESTINATION_TERMINAL, null), DurationDistribution.logNormal(days(3), days(5)));
        known.put(LegKey.mode(LegType.DELIVERY, TransportMode.TRUCK),
                DurationDistribution.logNormal(Duration.ofHours(12), Duration.ofHours(18)));
        known.put(LegKey.countryPair(LegType.EMPTY_RETURN, TransportMode.TRUCK, "US", "US"),
                DurationDistribution.logNormal(days(2), days(4)));
        return known;
    }

    static Function<LegKey, Optional<DurationDistribution>> lookingUpIn(Map<LegKey, DurationDistribution> known) {
        return key -> Optional.ofNullable(known.get(key));
    }

    static ArrivalPredictor predictor(Map<LegKey, DurationDistribution> known) {
        return new ArrivalPredictor(lookingUpIn(known), ConnectionRules.weeklyServiceWithOneDayToConnect());
    }

    static ArrivalPredictor predictor() {
        return predictor(usualDurations());
    }
}

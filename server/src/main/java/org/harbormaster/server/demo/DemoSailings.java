package org.harbormaster.server.demo;

import static java.lang.Math.floorMod;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import org.harbormaster.server.demo.DemoCatalog.OceanCarrier;
import org.harbormaster.server.demo.DemoCatalog.Vessel;
import org.harbormaster.shipment.Conveyance;

/**
 * Weekly liner services: each carrier's loop between two ports sails on a fixed weekday and hour with a
 * fixed transit, and every sailing has one vessel and one fate. Shipments booked on the same sailing
 * therefore share the vessel, the voyage and the delay, as they do at sea.
 */
final class DemoSailings {

    /** How far a sailing left and arrived off its schedule. */
    record Delays(Duration departure, Duration arrival) {

        Delays rolledOver(Duration by) {
            return new Delays(departure.plus(by), arrival.plus(by));
        }
    }

    record Sailing(Instant departure, Instant arrival, Conveyance conveyance, Delays delays) {
    }

    /** Sea-Intelligence: late arrivals average about 5 days, skewed; model them as lognormal. */
    private static final double LATE_MEAN_DAYS = 5.0;
    private static final double LATE_SIGMA = 0.6;
    private static final double LATE_MU = Math.log(LATE_MEAN_DAYS) - LATE_SIGMA * LATE_SIGMA / 2;

    private final long seed;

    DemoSailings(long seed) {
        this.seed = seed;
    }

    /** The carrier's first sailing from {@code from} on or after the given day. */
    Sailing firstOnOrAfter(OceanCarrier carrier, String from, String to, List<String> hubs, Instant notBefore) {
        String service = carrier.scac() + ":" + from + ">" + String.join(">", hubs) + (hubs.isEmpty() ? "" : ">") + to;
        int hash = service.hashCode();
        ZoneId zone = DemoCatalog.locode(from).zone();
        DayOfWeek weekday = DayOfWeek.of(1 + floorMod(hash, 7));
        int hour = 6 + floorMod(hash / 7, 16);
        LocalDate day = notBefore.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        Instant departure = day.atTime(hour, 0).atZone(zone).toInstant();
        int hubDays = hubs.size() * (3 + floorMod(hash / 17, 3));
        int transitDays = DemoCatalog.transitDays(from, to) + floorMod(hash / 113, 3) - 1 + hubDays;
        Instant arrival = departure.plus(Duration.ofDays(transitDays)).plus(Duration.ofHours(floorMod(hash / 31, 13) - 6));
        long weekNumber = day.toEpochDay() / 7;
        Vessel vessel = carrier.fleet().get((int) floorMod(hash + weekNumber, (long) carrier.fleet().size()));
        String voyage = String.format("%d%02d%s", day.getYear() % 10, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                bound(from, to));
        Random fate = new Random(seed * 1_000_003L + hash * 31L + day.toEpochDay());
        return new Sailing(departure, arrival, Conveyance.vessel(vessel.name(), vessel.imo(), voyage),
                delays(carrier, fate));
    }

    private static String bound(String from, String to) {
        if (DemoCatalog.isEuropean(from)) {
            return "E";
        }
        return DemoCatalog.isEuropean(to) || from.startsWith("US") ? "W" : "E";
    }

    /**
     * Most sailings leave within hours of schedule, some a day or two late, a few several days. Arrival
     * is on time (within a day) with the carrier's reliability; a late departure is only partly made up.
     */
    private static Delays delays(OceanCarrier carrier, Random fate) {
        double roll = fate.nextDouble();
        Duration departure = roll < 0.72 ? hours(fate, -4, 10) : roll < 0.94 ? hours(fate, 12, 48) : hours(fate, 48, 96);
        Duration arrival;
        if (fate.nextDouble() < carrier.onTimeShare()) {
            arrival = hours(fate, -12, 20);
        } else {
            double days = Math.exp(LATE_MU + LATE_SIGMA * fate.nextGaussian());
            arrival = Duration.ofMinutes(Math.round(Math.min(18.0, Math.max(1.1, days)) * 24 * 60));
        }
        Duration carriedOver = departure.minus(hours(fate, 0, 12));
        if (carriedOver.compareTo(arrival) > 0) {
            arrival = carriedOver;
        }
        return new Delays(departure, arrival);
    }

    static Duration hours(Random random, double low, double high) {
        return Duration.ofMinutes(Math.round((low + (high - low) * random.nextDouble()) * 60));
    }
}

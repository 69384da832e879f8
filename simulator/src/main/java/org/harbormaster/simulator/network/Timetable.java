package org.harbormaster.simulator.network;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * The published schedules of the scenario's weekly services: voyage {@code n} of a service leaves its first
 * port on the service's weekday, {@code n} weeks after the first such day before the scenario starts, at
 * 18:00 local; each later call is scheduled {@code day} days after that departure, and the vessel leaves an
 * intermediate call a day after reaching it.
 */
public final class Timetable {

    static final Duration WEEK = Duration.ofDays(7);
    private static final Duration STAY_AT_CALL = Duration.ofDays(1);

    /** One scheduled passage of a voyage from one of its calls to a later one. */
    public record Sailing(int service, long voyage, int fromCall, int toCall, Instant departs, Instant arrives) {

        public Sailing next() {
            return new Sailing(service, voyage + 1, fromCall, toCall, departs.plus(WEEK), arrives.plus(WEEK));
        }
    }

    private final List<Scenario.Service> services;
    private final Instant[] firstDepartures;

    public Timetable(Scenario scenario) {
        this.services = scenario.services();
        this.firstDepartures = new Instant[services.size()];
        LocalDate anchor = scenario.start().minusWeeks(12);
        for (int i = 0; i < services.size(); i++) {
            Scenario.Service service = services.get(i);
            DayOfWeek day = DayOfWeek.valueOf(service.departs().toUpperCase(Locale.ROOT));
            LocalDate first = anchor.with(TemporalAdjusters.nextOrSame(day));
            UnLocode port = UnLocode.of(service.calls().get(0).port());
            firstDepartures[i] = first.atTime(LocalTime.of(18, 0)).atZone(port.zone()).toInstant();
        }
    }

    public int serviceIndex(String code) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no service " + code);
    }

    public Scenario.Service service(int index) {
        return services.get(index);
    }

    /** The first sailing of the service from one port to a later one that leaves no earlier than {@code notBefore}. */
    public Sailing firstSailing(int service, String from, String to, Instant notBefore) {
        int fromCall = callIndex(service, from);
        int toCall = callIndex(service, to);
        Duration offset = departureOffset(service, fromCall);
        long weeks = Math.max(0, ceilDiv(Duration.between(firstDepartures[service].plus(offset), notBefore).getSeconds(),
                WEEK.getSeconds()));
        return sailing(service, weeks, fromCall, toCall);
    }

    public Sailing sailing(int service, long voyage, int fromCall, int toCall) {
        Instant base = firstDepartures[service].plus(WEEK.multipliedBy(voyage));
        return new Sailing(service, voyage, fromCall, toCall, base.plus(departureOffset(service, fromCall)),
                base.plus(arrivalOffset(service, toCall)));
    }

    private Duration departureOffset(int service, int call) {
        return call == 0 ? Duration.ZERO : arrivalOffset(service, call).plus(STAY_AT_CALL);
    }

    private Duration arrivalOffset(int service, int call) {
        return Duration.ofDays(services.get(service).calls().get(call).day());
    }

    private int callIndex(int service, String port) {
        List<Scenario.PortCall> calls = services.get(service).calls();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).port().equals(port)) {
                return i;
            }
        }
        throw new IllegalArgumentException(services.get(service).code() + " does not call at " + port);
    }

    /** The vessel on a voyage: a service runs enough ships for a weekly round trip, named after its prefix. */
    public Conveyance conveyance(Sailing sailing) {
        Scenario.Service service = services.get(sailing.service());
        int lastDay = service.calls().get(service.calls().size() - 1).day();
        int ships = (int) Math.max(1, Math.ceil(2.0 * lastDay / 7) + 1);
        int ship = (int) (sailing.voyage() % ships);
        String prefix = service.vesselPrefix() == null ? service.code() : service.vesselPrefix();
        String name = prefix + " " + SHIP_NAMES[(sailing.service() * 7 + ship) % SHIP_NAMES.length];
        String firstSix = String.valueOf(930_000 + sailing.service() * 100 + ship);
        ImoNumber imo = ImoNumber.of(firstSix + ImoNumber.checkDigit(firstSix));
        String voyage = String.format(Locale.ROOT, "%03d%s", 100 + sailing.voyage() % 900, "E");
        return Conveyance.vessel(name, imo, voyage);
    }

    private static final String[] SHIP_NAMES = {"AURORA", "BOREAS", "CALYPSO", "DELPHI", "ELARA", "FORTUNA",
            "GALATEA", "HELIOS", "IRIS", "JUNO", "KASTOR", "LYRA", "MINERVA", "NEREUS", "ORION", "PALLAS",
            "RHEA", "SELENE", "TETHYS", "VESTA"};

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}

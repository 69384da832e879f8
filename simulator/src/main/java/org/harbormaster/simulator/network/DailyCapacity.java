package org.harbormaster.simulator.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Slots per local day: a terminal's pickup appointments, a trucker's or a railroad's moves. A move wanted on
 * a full day goes to the first day with room, at the start of its working hours.
 */
final class DailyCapacity {

    private static final int FIRST_HOUR = 6;

    private final Map<String, Integer> used = new HashMap<>();

    /** The first moment at or after {@code wanted} when every one of the resources has room for {@code moves}. */
    Instant book(Instant wanted, ZoneId zone, int moves, Resource... resources) {
        ZonedDateTime at = wanted.atZone(zone);
        for (int day = 0; day < 365; day++) {
            LocalDate date = at.toLocalDate();
            boolean room = true;
            for (Resource resource : resources) {
                room &= used.getOrDefault(key(resource, date), 0) + moves <= resource.perDay().applyAsInt(date);
            }
            if (room) {
                for (Resource resource : resources) {
                    used.merge(key(resource, date), moves, Integer::sum);
                }
                return at.toInstant();
            }
            at = date.plusDays(1).atTime(FIRST_HOUR, 0).atZone(zone);
        }
        throw new IllegalStateException("no capacity within a year of " + wanted);
    }

    /** Gives back what {@link #book} took, when a move is rescheduled. */
    void release(Instant booked, ZoneId zone, int moves, Resource... resources) {
        LocalDate date = booked.atZone(zone).toLocalDate();
        for (Resource resource : resources) {
            used.merge(key(resource, date), -moves, Integer::sum);
        }
    }

    private static String key(Resource resource, LocalDate date) {
        return resource.name() + "|" + date;
    }

    /** Something with a daily limit, which may differ by day (a congested terminal offers fewer slots). */
    record Resource(String name, java.util.function.ToIntFunction<LocalDate> perDay) {

        static Resource fixed(String name, int perDay) {
            return new Resource(name, day -> perDay);
        }
    }
}

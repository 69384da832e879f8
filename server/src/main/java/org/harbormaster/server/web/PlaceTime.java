package org.harbormaster.server.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.harbormaster.server.shipments.ShipmentView.TimeView;

/**
 * A moment as an operator reads it: in the local time of the place where it happens, with that place's
 * UTC offset and zone abbreviation, and the UTC instant kept for tooltips and machines.
 */
public record PlaceTime(Instant instant, String utc, String dayMonth, String time, String offset,
                        String zone, String full) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("dd MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    /** The time of an API view at the place whose zone is {@code zoneId}; null when the view has no time. */
    static PlaceTime of(TimeView view, String zoneId) {
        return view == null ? null : of(Instant.parse(view.utc()), ZoneId.of(zoneId));
    }

    static PlaceTime of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        String offset = OFFSET.format(local);
        String abbreviation = ZONE.format(local);
        return new PlaceTime(instant, instant.toString(), DAY_MONTH.format(local),
                TIME.format(local), offset, abbreviation.startsWith("GMT") ? "" : abbreviation,
                DATE.format(local) + " " + TIME.format(local) + " " + abbreviation + " (UTC" + offset + ") = "
                        + UTC.format(instant));
    }
}

package org.harbormaster.formats.csv.status;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a place the tracking export names by city and country only, from
 * {@code place-time-zones.csv}: a whole country where it keeps one clock (city {@code *}), otherwise
 * city by city. Names are matched as {@link PlainText#matchKey}, so {@code Vũng Tàu} and its mojibake
 * are the same city.
 */
final class PlaceZones {

    static final String RESOURCE = "place-time-zones.csv";
    private static final String ANY_CITY = "*";

    private final Map<String, ZoneId> byPlace;

    private PlaceZones(Map<String, ZoneId> byPlace) {
        this.byPlace = byPlace;
    }

    static PlaceZones standard() {
        return Holder.STANDARD;
    }

    /** The zone of the city, or of the country when the whole country keeps one clock. */
    Optional<ZoneId> find(String country, String city) {
        String countryKey = PlainText.matchKey(country);
        ZoneId ofCity = byPlace.get(key(countryKey, PlainText.matchKey(city)));
        return Optional.ofNullable(ofCity != null ? ofCity : byPlace.get(key(countryKey, ANY_CITY)));
    }

    private static String key(String country, String city) {
        return country + "\u001f" + city;
    }

    private static PlaceZones load() {
        Map<String, ZoneId> byPlace = new HashMap<>();
        for (Map<String, String> row : ResourceTable.rows(RESOURCE)) {
            String city = row.get("city").equals(ANY_CITY) ? ANY_CITY : PlainText.matchKey(row.get("city"));
            String key = key(PlainText.matchKey(row.get("country")), city);
            if (byPlace.put(key, ZoneId.of(row.get("time_zone"))) != null) {
                throw new IllegalStateException(RESOURCE + " lists " + row.get("country") + ", " + city + " twice");
            }
        }
        return new PlaceZones(Map.copyOf(byPlace));
    }

    private static final class Holder {
        private static final PlaceZones STANDARD = load();
    }
}

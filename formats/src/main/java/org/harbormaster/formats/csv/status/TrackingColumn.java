package org.harbormaster.formats.csv.status;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the container-tracking service's milestone export, by their header names (compared as
 * {@link StatusCsvFile#key}). {@code raw_descripition} is spelled so by the service; the correct spelling
 * is read too.
 */
enum TrackingColumn {
    ID(false, "id"),
    CONTAINER_ID(true, "containerid"),
    MILESTONE_TIMESTAMP(true, "milestonetimestamp"),
    LOCATION_NAME(false, "locationname"),
    LOCATION_CITY(false, "locationcity"),
    LOCATION_COUNTRY(false, "locationcountry"),
    LOCATION_UNLOCODE(true, "locationunlocode"),
    LOCATION_FACILITY(false, "locationfacility"),
    DESCRIPTION(true, "description"),
    RAW_DESCRIPTION(false, "rawdescripition", "rawdescription"),
    VESSEL_IMO(false, "vesselimo"),
    VESSEL_MMSI(false, "vesselmmsi"),
    VOYAGE(false, "voyage"),
    MODE(false, "mode"),
    VESSEL(false, "vessel"),
    LATITUDE(false, "latitude"),
    LONGITUDE(false, "longitude"),
    ESTIMATED_TIME_ARRIVAL(true, "estimatedtimearrival"),
    PLANNED(true, "planned"),
    REPORTED_AT(false, "reportedat", "createdat", "recordedat", "updatedat"),
    BILL_OF_LADING(false, "billoflading", "blnumber", "bol", "mbl", "masterbilloflading"),
    BOOKING(false, "booking", "bookingnumber", "bookingreference");

    private final boolean required;
    private final List<String> keys;

    TrackingColumn(boolean required, String... keys) {
        this.required = required;
        this.keys = List.of(keys);
    }

    boolean isRequired() {
        return required;
    }

    /** The header name as the service writes it, e.g. {@code milestone_timestamp}. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TrackingColumn> byKey(String key) {
        for (TrackingColumn column : values()) {
            if (column.keys.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

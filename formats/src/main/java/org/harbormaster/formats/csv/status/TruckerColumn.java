package org.harbormaster.formats.csv.status;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the trucker status layout, each with the header spellings it is known by (compared as
 * {@link StatusCsvFile#key}: case, spaces, punctuation and a byte-order mark do not matter).
 */
enum TruckerColumn {
    CONTAINER("container", true, "container", "containerno", "containernumber", "containernr", "containerid", "cntr",
            "cntrno", "cntrnumber", "ctnr", "ctnrno", "ctr", "ctrno", "equipment", "equipmentno", "equipmentnumber",
            "unitno", "box", "boxno"),
    STATUS("status", true, "status", "statuscode", "statusdescription", "event", "eventcode", "eventstatus",
            "milestone", "activity", "move"),
    EVENT_TIME("event_time", true, "eventtime", "datetime", "dateandtime", "date", "time", "eventdate",
            "eventdatetime", "timestamp", "statustime", "statusdate", "statusdatetime", "localtime", "when"),
    LOCATION("location", false, "location", "unlocode", "locode", "locationcode", "loc", "place", "placecode",
            "port"),
    FACILITY("facility", false, "facility", "facilityname", "terminal", "terminalname", "depot", "yard", "ramp",
            "site"),
    BOOKING("booking", false, "booking", "bookingno", "bookingnumber", "bookingref", "bookingreference", "bkg",
            "bkgno", "bkgnumber"),
    BILL_OF_LADING("bill_of_lading", false, "billoflading", "billofladingno", "billofladingnumber", "bl", "blno",
            "blnumber", "bol", "bolno", "mbl", "mblno", "mbol", "masterbl", "masterbillofladingnumber"),
    ESTIMATED("estimated", false, "estimated", "estimate", "isestimated", "est", "estimatedyn", "estimatedyesno"),
    TIME_ZONE("time_zone", false, "timezone", "tz", "zone", "tzname", "ianatimezone"),
    DATE_FORMAT("date_format", false, "dateformat", "dateorder");

    private final String header;
    private final boolean required;
    private final List<String> keys;

    TruckerColumn(String header, boolean required, String... keys) {
        this.header = header;
        this.required = required;
        this.keys = List.of(keys);
    }

    /** The name the layout documents, e.g. {@code event_time}. */
    String header() {
        return header;
    }

    boolean isRequired() {
        return required;
    }

    List<String> keys() {
        return keys;
    }

    static Optional<TruckerColumn> byKey(String key) {
        for (TruckerColumn column : values()) {
            if (column.keys.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

package org.harbormaster.formats.csv.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/** Tracking-export files written for tests: the export's header, and rows starting from a good one. */
final class TrackingExportRows {

    static final MessageContext CONTEXT = new MessageContext(EventFormat.CSV, "tracking-service",
            Instant.parse("2026-12-02T00:00:00Z"), 5L);
    static final List<String> HEADER = List.of("id", "container_id", "milestone_timestamp", "location_name",
            "location_city", "location_country", "location_unlocode", "location_facility", "description",
            "raw_descripition", "vessel_imo", "vessel_mmsi", "voyage", "mode", "vessel", "latitude", "longitude",
            "estimated_time_arrival", "planned");

    private final List<Map<String, String>> rows = new ArrayList<>();

    @SafeVarargs
    static TrackingExportRows withRows(Map<String, String>... rows) {
        TrackingExportRows file = new TrackingExportRows();
        file.rows.addAll(List.of(rows));
        return file;
    }

    /** A discharge at Long Beach, actual, on a named vessel. */
    static Map<String, String> aDischargeAtLongBeach() {
        Map<String, String> row = new LinkedHashMap<>();
        HEADER.forEach(column -> row.put(column, ""));
        row.put("id", "1");
        row.put("container_id", "CSQU3054383");
        row.put("milestone_timestamp", "2026-07-01 06:30:00");
        row.put("location_name", "LONG BEACH, CA");
        row.put("location_city", "Long Beach");
        row.put("location_country", "United States");
        row.put("location_unlocode", "USLGB");
        row.put("description", "Discharged from vessel");
        row.put("voyage", "042E");
        row.put("vessel", "EVER GIVEN");
        row.put("mode", "Vessel");
        row.put("estimated_time_arrival", "f");
        row.put("planned", "f");
        return row;
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    String text() {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            HEADER.forEach(column -> cells.add(quoted(row.get(column))));
            text.append(String.join(",", cells)).append('\n');
        }
        return text.toString();
    }

    ParseOutcome parse() {
        return new StatusCsvParser().parse(text().getBytes(StandardCharsets.UTF_8), CONTEXT);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private TrackingExportRows() {
    }
}

package org.harbormaster.formats.csv.status;

import java.util.List;
import java.util.Objects;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * The one entry point for status CSVs: reads the header row and hands the file to the layout it is,
 * the tracking service's export (it has {@code container_id}, {@code milestone_timestamp} and
 * {@code description}) or a trucker's sheet (a container, a status and a time, however spelled).
 */
public final class StatusCsvParser implements EventMessageParser {

    private final TruckerStatusCsvParser truckerSheets;
    private final TrackingExportCsvParser trackingExports = new TrackingExportCsvParser();

    public StatusCsvParser() {
        this(null);
    }

    /** A parser that reads truckers' numeric dates in this order (null: only unambiguous dates). */
    public StatusCsvParser(DateOrder truckerDateOrder) {
        this.truckerSheets = new TruckerStatusCsvParser(truckerDateOrder);
    }

    /** Whether the file is a container-tracking service's export (whose events may make tracking-only shipments). */
    public static boolean isTrackingExport(byte[] message) {
        return message != null && TrackingExportCsvParser.recognises(StatusCsvFile.read(message).header());
    }

    @Override
    public EventFormat format() {
        return EventFormat.CSV;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        Objects.requireNonNull(context, "context");
        StatusCsvFile file = StatusCsvFile.read(message == null ? new byte[0] : message);
        List<String> header = file.header();
        if (header.stream().allMatch(String::isBlank)) {
            return ParseOutcome.failed("row 1", "the file has no header row: it is empty");
        }
        if (TrackingExportCsvParser.recognises(header)) {
            return trackingExports.parse(file, context);
        }
        if (TruckerStatusCsvParser.recognises(header)) {
            return truckerSheets.parse(file, context);
        }
        return ParseOutcome.failed("row 1", "the header is neither a trucker status sheet (container, status and "
                + "event_time columns) nor a tracking export (container_id, milestone_timestamp, description): "
                + "see docs/mappings/status-csv.md");
    }
}

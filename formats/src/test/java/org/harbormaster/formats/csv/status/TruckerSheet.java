package org.harbormaster.formats.csv.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/** A trucker's status sheet for tests: a header as the trucker typed it, rows of cells, a separator. */
final class TruckerSheet {

    static final MessageContext CONTEXT = new MessageContext(EventFormat.CSV, "acme-drayage",
            Instant.parse("2026-12-02T00:00:00Z"), 3L);
    static final String STANDARD_HEADER = "container,status,event_time,location,facility,booking,bill_of_lading,"
            + "estimated,time_zone";

    private final String header;
    private final List<String> rows = new ArrayList<>();
    private String prefix = "";
    private DateOrder dateOrder;

    private TruckerSheet(String header) {
        this.header = header;
    }

    static TruckerSheet withHeader(String header) {
        return new TruckerSheet(header);
    }

    static TruckerSheet standard() {
        return new TruckerSheet(STANDARD_HEADER);
    }

    /** A row as it would be typed: cells already joined with the sheet's separator. */
    TruckerSheet row(String cells) {
        rows.add(cells);
        return this;
    }

    TruckerSheet withByteOrderMark() {
        prefix = "\uFEFF";
        return this;
    }

    TruckerSheet readWith(DateOrder order) {
        dateOrder = order;
        return this;
    }

    String text() {
        return prefix + header + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    ParseOutcome parse() {
        return new StatusCsvParser(dateOrder).parse(text().getBytes(StandardCharsets.UTF_8), CONTEXT);
    }
}

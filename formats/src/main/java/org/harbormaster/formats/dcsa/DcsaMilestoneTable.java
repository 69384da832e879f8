package org.harbormaster.formats.dcsa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.harbormaster.shipment.MilestoneType;

/**
 * Which milestone a DCSA event code reports, read from {@code dcsa-milestones.csv} next to this class, so
 * that the mapping is reviewed and changed as data (see {@code docs/mappings/dcsa.md}). A row applies to an
 * event when its event type and code match and each qualifier it fills in (empty indicator, mode of
 * transport, document type) equals the event's; the row filling in the most qualifiers wins. A known code
 * may map to no milestone (document workflow, holds): the event is then kept without a type.
 */
final class DcsaMilestoneTable {

    static final String RESOURCE = "dcsa-milestones.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setTrim(true)
            .get();

    /** What of an event decides its milestone; qualifiers the event does not have are null. */
    record EventCode(String eventType, String code, String emptyIndicator, String mode, String documentType) {
    }

    /** One line of the table; blank qualifiers are null, and so is the milestone of a code that reports none. */
    record Row(String eventType, String code, String emptyIndicator, String mode, String documentType,
               MilestoneType milestone, String note) {

        boolean appliesTo(EventCode event) {
            return eventType.equals(event.eventType()) && code.equals(event.code())
                    && qualifies(emptyIndicator, event.emptyIndicator())
                    && qualifies(mode, event.mode())
                    && qualifies(documentType, event.documentType());
        }

        int qualifiers() {
            return (int) Stream.of(emptyIndicator, mode, documentType).filter(Objects::nonNull).count();
        }

        private static boolean qualifies(String required, String actual) {
            return required == null || required.equals(actual);
        }
    }

    private static final class Standard {
        private static final DcsaMilestoneTable TABLE = load();

        private static DcsaMilestoneTable load() {
            try (InputStream in = DcsaMilestoneTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    private final List<Row> rows;

    private DcsaMilestoneTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with Harbormaster. */
    static DcsaMilestoneTable standard() {
        return Standard.TABLE;
    }

    /** Reads a table in the resource's layout; a milestone that is not a {@link MilestoneType} is an error. */
    static DcsaMilestoneTable read(Reader csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            for (CSVRecord record : parser) {
                rows.add(new Row(cell(record, "event_type"), cell(record, "code"), cell(record, "empty_indicator"),
                        cell(record, "mode"), cell(record, "document_type"), milestone(record),
                        cell(record, "note")));
            }
        }
        return new DcsaMilestoneTable(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The most specific row for the event, or empty when the table does not know its code at all. */
    Optional<Row> rowFor(EventCode event) {
        return rows.stream()
                .filter(row -> row.appliesTo(event))
                .max(Comparator.comparingInt(Row::qualifiers));
    }

    /** The milestone the event reports; empty for a code that reports none and for an unknown code. */
    Optional<MilestoneType> milestoneFor(EventCode event) {
        return rowFor(event).map(Row::milestone);
    }

    private static MilestoneType milestone(CSVRecord record) {
        String name = cell(record, "milestone");
        if (name == null) {
            return null;
        }
        try {
            return MilestoneType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + record.getRecordNumber() + ": '" + name
                    + "' is not a milestone type", e);
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}

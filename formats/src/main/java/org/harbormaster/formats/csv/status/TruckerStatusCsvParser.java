package org.harbormaster.formats.csv.status;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.EventKeys;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.ReferenceType;

/**
 * The status sheet truckers send: one row per move of one container, with its status in a small vocabulary
 * ({@code trucker-status-codes.csv}), the time as the driver's clock showed it, and the place. The layout,
 * the header spellings accepted and the date rules are in {@code docs/mappings/status-csv.md}. A bad cell
 * fails its row only; the other rows still give events.
 */
public final class TruckerStatusCsvParser implements EventMessageParser {

    private static final List<TruckerColumn> REQUIRED = Arrays.stream(TruckerColumn.values())
            .filter(TruckerColumn::isRequired).toList();

    private final DateOrder dateOrder;
    private final TruckerStatusCodes statuses = TruckerStatusCodes.standard();

    /** A parser for senders who have not said how they write numeric dates: only unambiguous ones pass. */
    public TruckerStatusCsvParser() {
        this(null);
    }

    /** A parser for a sender known to write numeric dates day first or month first (null: not known). */
    public TruckerStatusCsvParser(DateOrder dateOrder) {
        this.dateOrder = dateOrder;
    }

    @Override
    public EventFormat format() {
        return EventFormat.CSV;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        Objects.requireNonNull(context, "context");
        return parse(StatusCsvFile.read(message == null ? new byte[0] : message), context);
    }

    /**
     * Whether a header row looks like this layout: it names at least two of container, status and time
     * (a sheet missing the third is still a trucker's, and is told which column it lacks).
     */
    static boolean recognises(List<String> header) {
        ColumnPositions<TruckerColumn> columns = header(header);
        return REQUIRED.stream().filter(columns::has).count() >= 2;
    }

    ParseOutcome parse(StatusCsvFile file, MessageContext context) {
        ColumnPositions<TruckerColumn> columns = header(file.header());
        return file.read(columns.problems(), (row, failures) -> new RowReading(columns, row, context, failures).event());
    }

    private static ColumnPositions<TruckerColumn> header(List<String> header) {
        return ColumnPositions.of(header, TruckerColumn.class, TruckerColumn::byKey, REQUIRED,
                column -> column.header() + " column (spellings read, ignoring case, spaces and punctuation: "
                        + String.join(", ", column.keys()) + ")");
    }

    /** One row read into an event, or into failures, one per bad cell, never for a consequence of another. */
    private final class RowReading {
        private final RowCells<TruckerColumn> cells;
        private final MessageContext context;

        RowReading(ColumnPositions<TruckerColumn> columns, StatusCsvFile.Row row, MessageContext context,
                   List<ParseFailure> failures) {
            this.cells = new RowCells<>(columns, row, failures, "is required");
            this.context = context;
        }

        Optional<MilestoneEvent> event() {
            ContainerNumber container = cells.required(TruckerColumn.CONTAINER, ContainerNumber::parse);
            String status = cells.required(TruckerColumn.STATUS, Parsed::valid);
            Optional<UnLocode> location = cells.optional(TruckerColumn.LOCATION, UnLocode::parse);
            Optional<ZoneId> zone = cells.optional(TruckerColumn.TIME_ZONE, TruckerStatusCsvParser::zone);
            Optional<Boolean> estimated = cells.optional(TruckerColumn.ESTIMATED, TruckerStatusCsvParser::yesOrNo);
            DateOrder order = cells.optional(TruckerColumn.DATE_FORMAT, TruckerStatusCsvParser::dateOrder).orElse(dateOrder);
            WrittenTime time = cells.required(TruckerColumn.EVENT_TIME, cell -> WrittenTime.parse(cell, order));
            if (cells.anyFailed()) {
                return Optional.empty();
            }
            Optional<Instant> instant = instant(time, zone.or(() -> location.map(UnLocode::zone)));
            if (instant.isEmpty()) {
                return Optional.empty();
            }
            TimeKind kind = estimated.orElse(false) ? TimeKind.ESTIMATED : TimeKind.ACTUAL;
            return Optional.of(event(container, status, location.orElse(null), instant.get(), kind));
        }

        private MilestoneEvent event(ContainerNumber container, String status, UnLocode location, Instant time,
                                     TimeKind kind) {
            Optional<MilestoneMapping> mapping = statuses.find(status);
            String meaning = mapping.map(known -> known.milestone() + (known.empty() ? "/EMPTY" : ""))
                    .orElseGet(() -> PlainText.matchKey(status));
            String key = EventKeys.ofContent("CSV", context.source().sender(), container, meaning, location, time,
                    kind);
            String facility = cells.cell(TruckerColumn.FACILITY);
            return new MilestoneEvent(key, mapping.map(MilestoneMapping::milestone).orElse(null), status, kind, time,
                    location, facility.isEmpty() ? null : facility, mapping.map(MilestoneMapping::mode).orElse(null),
                    List.of(container), references(), null, null, null,
                    mapping.map(MilestoneMapping::empty).orElse(false), context.source(), null, context.receivedAt(),
                    context.messageId());
        }

        private List<CarrierReference> references() {
            List<CarrierReference> references = new ArrayList<>();
            String booking = cells.cell(TruckerColumn.BOOKING);
            String billOfLading = cells.cell(TruckerColumn.BILL_OF_LADING);
            if (!booking.isEmpty()) {
                references.add(new CarrierReference(ReferenceType.BOOKING, booking));
            }
            if (!billOfLading.isEmpty()) {
                references.add(new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, billOfLading));
            }
            return references;
        }

        /** The instant, or a failure when a local time has nothing to place it in a zone. */
        private Optional<Instant> instant(WrittenTime time, Optional<ZoneId> zone) {
            if (!time.isLocal()) {
                return Optional.of(time.at(null));
            }
            if (zone.isPresent()) {
                return Optional.of(time.at(zone.get()));
            }
            cells.fail(TruckerColumn.EVENT_TIME, "'"
                    + cells.cell(TruckerColumn.EVENT_TIME) + "' is a local time and the row gives neither a "
                    + "location (UN/LOCODE) nor a time_zone to place it: add one, or write the offset, "
                    + "e.g. 2026-12-01 14:00+01:00");
            return Optional.empty();
        }



    }

    /**
     * An IANA zone such as {@code America/Chicago}, or UTC, or a fixed offset. Abbreviations like EST or CST
     * are refused: several zones share them, and a fixed EST is wrong half the year.
     */
    static Parsed<ZoneId> zone(String cell) {
        String text = cell.strip();
        boolean named = text.contains("/") || text.equalsIgnoreCase("UTC") || text.equalsIgnoreCase("GMT")
                || text.equalsIgnoreCase("Z") || text.matches("(UTC|GMT)?[+-]\\d{1,2}(:?\\d{2})?");
        if (named) {
            try {
                return Parsed.valid(ZoneId.of(text.equalsIgnoreCase("Z") ? "Z" : text));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        return Parsed.invalid(cell, "'" + text + "' is not a time zone this import reads: use an IANA name such as "
                + "America/Chicago or Europe/Amsterdam, or UTC");
    }

    static Parsed<Boolean> yesOrNo(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1", "x", "estimated", "est" -> Parsed.valid(true);
            case "no", "n", "false", "f", "0", "actual", "act" -> Parsed.valid(false);
            default -> Parsed.invalid(cell, "'" + cell.strip() + "' is neither yes nor no");
        };
    }

    static Parsed<DateOrder> dateOrder(String cell) {
        return DateOrder.of(cell).map(Parsed::valid).orElseGet(() -> Parsed.invalid(cell, "'" + cell.strip()
                + "' is not a date format this import reads: DD/MM/YYYY (day first) or MM/DD/YYYY (month first)"));
    }
}

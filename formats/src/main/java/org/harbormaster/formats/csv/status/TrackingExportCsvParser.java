package org.harbormaster.formats.csv.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.harbormaster.shipment.TransportMode;

/**
 * The milestone export of a container-tracking service: one row per milestone of one container, its
 * {@code description} mapped by {@code tracking-descriptions.csv}, flagged estimated or planned, its
 * timestamp the local time of the location. Where the UN/LOCODE is blank the city and country give the
 * zone ({@code place-time-zones.csv}). See {@code docs/mappings/status-csv.md}.
 */
public final class TrackingExportCsvParser implements EventMessageParser {

    private static final List<TrackingColumn> REQUIRED = Arrays.stream(TrackingColumn.values())
            .filter(TrackingColumn::isRequired).toList();

    private final TrackingDescriptions descriptions = TrackingDescriptions.standard();
    private final PlaceZones placeZones = PlaceZones.standard();

    @Override
    public EventFormat format() {
        return EventFormat.CSV;
    }

    @Override
    public ParseOutcome parse(byte[] message, MessageContext context) {
        Objects.requireNonNull(context, "context");
        return parse(StatusCsvFile.read(message == null ? new byte[0] : message), context);
    }

    /** Whether a header row is this export's: it has container_id, milestone_timestamp and description. */
    static boolean recognises(List<String> header) {
        return header(header).hasAll(List.of(TrackingColumn.CONTAINER_ID, TrackingColumn.MILESTONE_TIMESTAMP,
                TrackingColumn.DESCRIPTION));
    }

    ParseOutcome parse(StatusCsvFile file, MessageContext context) {
        ColumnPositions<TrackingColumn> columns = header(file.header());
        ReportTimes reportTimes = new ReportTimes();
        ParseOutcome outcome = file.read(columns.problems(), (row, failures) -> {
            RowReading reading = new RowReading(columns, row, context, failures);
            Optional<MilestoneEvent> event = reading.event();
            event.ifPresent(e -> reportTimes.add(e, reading.recordedOrder(), reading.reportedAt()));
            return event;
        });
        return new ParseOutcome(reportTimes.stamp(outcome.events()), outcome.failures());
    }

    private static ColumnPositions<TrackingColumn> header(List<String> header) {
        return ColumnPositions.of(header, TrackingColumn.class, TrackingColumn::byKey, REQUIRED,
                column -> column.header() + " column");
    }

    /** One row read into an event, or into failures, one per bad cell, never for a consequence of another. */
    private final class RowReading {
        private final RowCells<TrackingColumn> cells;
        private final MessageContext context;

        RowReading(ColumnPositions<TrackingColumn> columns, StatusCsvFile.Row row, MessageContext context,
                   List<ParseFailure> failures) {
            this.cells = new RowCells<>(columns, row, failures, "is blank");
            this.context = context;
        }

        Optional<MilestoneEvent> event() {
            ContainerNumber container = cells.required(TrackingColumn.CONTAINER_ID, ContainerNumber::parse);
            String description = cells.required(TrackingColumn.DESCRIPTION, text -> Parsed.valid(PlainText.repaired(text)));
            WrittenTime time = cells.required(TrackingColumn.MILESTONE_TIMESTAMP, cell -> WrittenTime.parse(cell, null));
            boolean estimated = flag(TrackingColumn.ESTIMATED_TIME_ARRIVAL);
            boolean planned = flag(TrackingColumn.PLANNED);
            String code = cells.cell(TrackingColumn.LOCATION_UNLOCODE);
            Parsed<UnLocode> location = code.isEmpty() ? null : UnLocode.parse(code);
            String unlisted = location == null ? null : location.problem().orElse(null);
            if (cells.anyFailed()) {
                if (unlisted != null) {
                    cells.fail(TrackingColumn.LOCATION_UNLOCODE, unlisted);
                }
                return Optional.empty();
            }
            UnLocode place = location == null ? null : location.value().orElse(null);
            Optional<ZoneId> zone = place != null ? Optional.of(place.zone()) : zoneOfCity();
            if (unlisted != null) {
                cells.fail(TrackingColumn.LOCATION_UNLOCODE, unlisted + (zone.isPresent()
                        ? "; the event is kept without a location, its time placed by " + cityAndCountry()
                        : "; " + cityAndCountry() + " gives no time zone either (" + PlaceZones.RESOURCE + ")"));
            }
            if (time.isLocal() && zone.isEmpty()) {
                if (unlisted == null) {
                    cells.fail(TrackingColumn.LOCATION_UNLOCODE, noZone());
                }
                return Optional.empty();
            }
            boolean estimateByWords = descriptions.find(description).map(MilestoneMapping::estimate).orElse(false);
            TimeKind kind = estimated || (estimateByWords && !planned) ? TimeKind.ESTIMATED
                    : planned ? TimeKind.PLANNED : TimeKind.ACTUAL;
            return Optional.of(event(container, description, place, time.at(zone.orElse(null)), kind));
        }

        private MilestoneEvent event(ContainerNumber container, String description, UnLocode location, Instant time,
                                     TimeKind kind) {
            Optional<MilestoneMapping> mapping = descriptions.find(description);
            VesselFields vessel = VesselFields.of(cells.cell(TrackingColumn.VESSEL), cells.cell(TrackingColumn.VOYAGE),
                    cells.cell(TrackingColumn.VESSEL_IMO));
            TransportMode mode = mapping.map(MilestoneMapping::mode).orElse(null);
            String facility = PlainText.repaired(cells.cell(TrackingColumn.LOCATION_FACILITY));
            String key = EventKeys.ofContent("CSV", container, PlainText.matchKey(description),
                    location == null ? "" : location.value(), time, kind);
            return new MilestoneEvent(key, mapping.map(MilestoneMapping::milestone).orElse(null), description, kind,
                    time, location, facility.isEmpty() ? null : facility, mode != null ? mode : mode(),
                    List.of(container), references(), vessel.name(), vessel.imo(), vessel.voyage(),
                    mapping.map(MilestoneMapping::empty).orElse(false), context.source(), null, context.receivedAt(),
                    context.messageId());
        }

        /** The zone of the row's city and country, for a row without a UN/LOCODE. */
        private Optional<ZoneId> zoneOfCity() {
            String country = cells.cell(TrackingColumn.LOCATION_COUNTRY);
            return country.isEmpty() ? Optional.empty() : placeZones.find(country, cells.cell(TrackingColumn.LOCATION_CITY));
        }

        private String noZone() {
            String time = "'" + cells.cell(TrackingColumn.MILESTONE_TIMESTAMP) + "'";
            if (cells.cell(TrackingColumn.LOCATION_COUNTRY).isEmpty() && cells.cell(TrackingColumn.LOCATION_CITY).isEmpty()) {
                return "is blank, and so are location_city and location_country: nothing says in which time zone "
                        + time + " is local";
            }
            return "is blank, and " + cityAndCountry() + " is not in " + PlaceZones.RESOURCE
                    + ": cannot tell in which time zone " + time + " is local";
        }

        private String cityAndCountry() {
            return "city '" + PlainText.repaired(cells.cell(TrackingColumn.LOCATION_CITY)) + "' of country '"
                    + PlainText.repaired(cells.cell(TrackingColumn.LOCATION_COUNTRY)) + "'";
        }


        /** The bill of lading and booking, where the export has those columns. */
        private List<CarrierReference> references() {
            List<CarrierReference> references = new ArrayList<>();
            String billOfLading = cells.cell(TrackingColumn.BILL_OF_LADING);
            String booking = cells.cell(TrackingColumn.BOOKING);
            if (!billOfLading.isEmpty()) {
                references.add(new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, billOfLading));
            }
            if (!booking.isEmpty()) {
                references.add(new CarrierReference(ReferenceType.BOOKING, booking));
            }
            return references;
        }

        /** The service's row id where it is a number: the order in which it recorded the rows. */
        private OptionalLong recordedOrder() {
            String id = cells.cell(TrackingColumn.ID);
            try {
                return id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }

        /** The report time the export gives, in a column of its own (a zone or offset is required). */
        private Optional<Instant> reportedAt() {
            String cell = cells.cell(TrackingColumn.REPORTED_AT);
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            Parsed<WrittenTime> written = WrittenTime.parse(cell, null);
            return written.value().filter(t -> !t.isLocal()).map(t -> t.at(null));
        }

        /** The row's own mode column: Vessel or Feeder, Barge, Rail, Truck. */
        private TransportMode mode() {
            return switch (cells.cell(TrackingColumn.MODE).toLowerCase(Locale.ROOT)) {
                case "vessel", "feeder" -> TransportMode.VESSEL;
                case "barge" -> TransportMode.BARGE;
                case "rail" -> TransportMode.RAIL;
                case "truck" -> TransportMode.TRUCK;
                default -> null;
            };
        }

        /** A t/f flag; blank counts as f, as the export leaves it blank on some estimated rows. */
        private boolean flag(TrackingColumn column) {
            String cell = cells.cell(column).toLowerCase(Locale.ROOT);
            return switch (cell) {
                case "t", "true" -> true;
                case "", "f", "false" -> false;
                default -> {
                    cells.fail(column, "'" + cells.cell(column)
                            + "' is neither t nor f");
                    yield false;
                }
            };
        }



    }
}

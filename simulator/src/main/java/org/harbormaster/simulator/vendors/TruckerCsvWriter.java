package org.harbormaster.simulator.vendors;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.harbormaster.identity.ContainerNumber;

/**
 * Writes the status sheet a trucker e-mails: container, status code, the driver's local time, the place and
 * the booking, one row per container and move.
 */
public final class TruckerCsvWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter IMPOSSIBLE = DateTimeFormatter.ofPattern("'13/32/'yyyy HH:mm", Locale.ROOT);

    record Row(StatusReport report, WrongData wrong) {
    }

    private TruckerCsvWriter() {
    }

    static byte[] sheet(List<Row> rows) {
        StringBuilder csv = new StringBuilder(64 * rows.size() + 64);
        csv.append("Container No,Status,Date/Time,Location,Booking\r\n");
        for (Row row : rows) {
            StatusReport r = row.report();
            for (ContainerNumber container : r.containers()) {
                String number = row.wrong() == WrongData.CHECK_DIGIT ? ContainerNumbers.mistyped(container)
                        : container.value();
                var local = r.at().atZone(r.place().zone());
                // a wrong place reads as a date nobody can have meant: truckers' sheets go wrong in the date
                String time = row.wrong() == WrongData.LOCATION ? IMPOSSIBLE.format(local) : LOCAL.format(local);
                csv.append(number).append(',').append(code(r.status())).append(',').append(time).append(',')
                        .append(r.place().value()).append(',').append(r.booking()).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String code(StatusReport.Status status) {
        return switch (status) {
            case GATE_OUT_FULL -> "OG";
            case DELIVERED -> "DL";
            case EMPTY_RETURNED -> "ER";
            case AVAILABLE_FOR_PICKUP -> "AV";
            case RAIL_ARRIVED -> "AR";
            default -> throw new IllegalArgumentException("truckers do not report " + status);
        };
    }
}

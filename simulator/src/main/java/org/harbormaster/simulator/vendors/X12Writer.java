package org.harbormaster.simulator.vendors;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;

/**
 * Writes ANSI X12 315 (4010) files as a carrier or railroad sends them: one interchange, one QO group, one
 * transaction set per container and status, one segment a line. A status about a voyage restates the
 * estimated arrival at the port of discharge in an R4/DTM loop when the sender knows it.
 */
public final class X12Writer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    /** A status to write, with the estimated arrival at the port of discharge to restate (null when none). */
    record Status(StatusReport report, WrongData wrong, UnLocode etaPort, Instant eta) {
    }

    private X12Writer() {
    }

    static byte[] file(String sender, long controlNumber, Instant sentAt, List<Status> statuses) {
        StringBuilder x12 = new StringBuilder(512 * statuses.size() + 256);
        ZonedDateTime sent = sentAt.atZone(ZoneOffset.UTC);
        String isa13 = String.format(Locale.ROOT, "%09d", controlNumber % 1_000_000_000L);
        String gs06 = Long.toString(controlNumber % 1_000_000_000L);
        x12.append("ISA*00*          *00*          *ZZ*").append(padded(sender)).append("*ZZ*")
                .append(padded("HARBORMASTER")).append('*').append(SHORT_DATE.format(sent)).append('*')
                .append(TIME.format(sent)).append("*U*00401*").append(isa13).append("*0*P*>~\n");
        x12.append("GS*QO*").append(sender).append("*HARBORMASTER*").append(DATE.format(sent)).append('*')
                .append(TIME.format(sent)).append('*').append(gs06).append("*X*004010~\n");
        int transactions = 0;
        for (Status status : statuses) {
            for (ContainerNumber container : status.report().containers()) {
                transactions++;
                transaction(x12, String.format(Locale.ROOT, "%04d", transactions), status, container);
            }
        }
        x12.append("GE*").append(transactions).append('*').append(gs06).append("~\n");
        x12.append("IEA*1*").append(isa13).append("~\n");
        return x12.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void transaction(StringBuilder x12, String st02, Status status, ContainerNumber container) {
        StatusReport r = status.report();
        int segments = 0;
        x12.append("ST*315*").append(st02).append("~\n");
        segments++;
        ZonedDateTime local = r.at().atZone(r.place().zone());
        String place = status.wrong() == WrongData.LOCATION ? "XXZZZ" : r.place().value();
        String number = container.value();
        String checkDigit = status.wrong() == WrongData.CHECK_DIGIT
                ? String.valueOf((number.charAt(10) - '0' + 1) % 10) : number.substring(10);
        x12.append("B4***").append(code(r.status())).append('*').append(DATE.format(local)).append('*')
                .append(TIME.format(local)).append('*').append(place).append('*').append(number, 0, 4).append('*')
                .append(number, 4, 10).append('*').append(r.status() == StatusReport.Status.EMPTY_RETURNED ? 'E' : 'L')
                .append("*45G1*").append(place).append("*UN*").append(checkDigit).append("~\n");
        segments++;
        x12.append("N9*BN*").append(r.booking()).append("~\n");
        segments++;
        if (r.vessel() != null) {
            x12.append("Q2*").append(r.vessel().imo().digits()).append("********").append(r.vessel().voyageOrFlight())
                    .append("***L*").append(r.vessel().name()).append("~\n");
            segments++;
        }
        if (status.eta() != null) {
            ZonedDateTime eta = status.eta().atZone(status.etaPort().zone());
            x12.append("R4*D*UN*").append(status.etaPort().value()).append("~\n");
            x12.append("DTM*139*").append(DATE.format(eta)).append('*').append(TIME.format(eta)).append("*LT~\n");
            segments += 2;
        }
        segments++;
        x12.append("SE*").append(segments).append('*').append(st02).append("~\n");
    }

    static String code(StatusReport.Status status) {
        return switch (status) {
            case LOADED_ON_VESSEL -> "AE";
            case VESSEL_DEPARTED -> "VD";
            case VESSEL_ARRIVED -> "VA";
            case DISCHARGED_FROM_VESSEL -> "UV";
            case CUSTOMS_HOLD -> throw new IllegalArgumentException("the 315 status codes have no customs hold");
            case CUSTOMS_RELEASED -> "CT";
            case AVAILABLE_FOR_PICKUP -> "AV";
            case GATE_OUT_FULL -> "OA";
            case RAIL_DEPARTED -> "RL";
            case RAIL_ARRIVED -> "AR";
            case UNLOADED_FROM_RAIL -> "UR";
            case DELIVERED -> "D";
            case EMPTY_RETURNED -> "RD";
        };
    }

    private static String padded(String text) {
        return String.format(Locale.ROOT, "%-15s", text);
    }
}

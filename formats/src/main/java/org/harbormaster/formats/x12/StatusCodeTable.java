package org.harbormaster.formats.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * The B4-03 status codes Harbormaster knows, read from {@code x12-315-status-codes.csv} so that adding a
 * carrier's code is a data change. A code missing from the table is not an error: its event is kept with no
 * milestone, for data quality to flag.
 */
final class StatusCodeTable {

    static final String RESOURCE = "x12-315-status-codes.csv";

    private final Map<String, StatusCode> codes;

    private StatusCodeTable(Map<String, StatusCode> codes) {
        this.codes = codes;
    }

    static StatusCodeTable standard() {
        return Holder.STANDARD;
    }

    static StatusCodeTable read(Reader csv) throws IOException {
        Map<String, StatusCode> codes = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord row : format.parse(csv)) {
            StatusCode code = statusCode(row);
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber() + ": code "
                        + code.code() + " is listed twice");
            }
        }
        return new StatusCodeTable(Collections.unmodifiableMap(codes));
    }

    Optional<StatusCode> find(String code) {
        return Optional.ofNullable(codes.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Set<String> codes() {
        return codes.keySet();
    }

    private static StatusCode statusCode(CSVRecord row) {
        String code = row.get("code").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber() + ": code is empty");
        }
        String milestone = row.get("milestone");
        String mode = row.get("mode");
        String empty = row.get("empty");
        if (!empty.isEmpty() && !empty.equals("yes") && !empty.equals("no")) {
            throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber()
                    + ": empty must be yes, no or blank, not '" + empty + "'");
        }
        return new StatusCode(code,
                milestone.isEmpty() ? Optional.empty() : Optional.of(MilestoneType.valueOf(milestone)),
                mode.isEmpty() ? Optional.empty() : Optional.of(TransportMode.valueOf(mode)),
                empty.equals("yes"), row.get("meaning"));
    }

    private static StatusCodeTable loadStandard() {
        try (InputStream stream = StatusCodeTable.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return read(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Holder {
        private static final StatusCodeTable STANDARD = loadStandard();
    }
}

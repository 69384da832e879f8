package org.harbormaster.formats.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harbormaster.shipment.MilestoneType;

/**
 * Which milestone an IFTSTA status code reports, read from {@code iftsta-status-codes.csv}: the UN/ECE
 * Recommendation 24 transport status codes most used for container moves, and the senders' own codes
 * met so far. A code can be known and still report no milestone.
 */
final class IftstaStatusCodes {

    static final String RESOURCE = "iftsta-status-codes.csv";
    private static final String UN_ECE = "6";

    /** One row of the table. */
    record StatusCode(String code, String agency, MilestoneType milestone, String meaning) {
    }

    private final Map<String, StatusCode> byKey;

    private IftstaStatusCodes(Map<String, StatusCode> byKey) {
        this.byKey = byKey;
    }

    static IftstaStatusCodes standard() {
        return Holder.STANDARD;
    }

    /**
     * The row for a code of a list: the sender's own list must match exactly; a message that names no list,
     * or UN/ECE, gets the Recommendation 24 row.
     */
    Optional<StatusCode> find(String code, String agency) {
        String list = agency == null ? "" : agency.strip().toUpperCase(Locale.ROOT);
        String normalizedCode = code.strip().toUpperCase(Locale.ROOT);
        StatusCode exact = byKey.get(key(normalizedCode, list));
        if (exact != null || !(list.isEmpty() || list.equals(UN_ECE))) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byKey.get(key(normalizedCode, "")));
    }

    int size() {
        return byKey.size();
    }

    private static String key(String code, String agency) {
        return code + "\u001f" + agency;
    }

    private static IftstaStatusCodes load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (InputStream stream = IftstaStatusCodes.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            Map<String, StatusCode> rows = new HashMap<>();
            for (CSVRecord row : format.parse(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                StatusCode code = new StatusCode(row.get("code").toUpperCase(Locale.ROOT),
                        row.get("code_list_agency").toUpperCase(Locale.ROOT), milestone(row.get("milestone")),
                        row.get("meaning"));
                if (rows.put(key(code.code(), code.agency()), code) != null) {
                    throw new IllegalStateException(RESOURCE + " lists code " + code.code() + " twice");
                }
            }
            return new IftstaStatusCodes(Map.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static MilestoneType milestone(String name) {
        return name.isBlank() ? null : MilestoneType.valueOf(name.strip());
    }

    private static final class Holder {
        private static final IftstaStatusCodes STANDARD = load();
    }
}

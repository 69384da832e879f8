package org.harbormaster.formats.csv.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the mapping tables shipped beside these classes: CSV with a header row and '#' comment lines. */
final class ResourceTable {

    private ResourceTable() {
    }

    static List<Map<String, String>> rows(String resource) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (InputStream stream = ResourceTable.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package org.harbormaster.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The UN/LOCODE list Harbormaster ships ({@code unlocode.tsv.gz}, see {@code UNLOCODE-SOURCE.md}):
 * about 110,000 locations with name, subdivision, functions, coordinates and time zone. The standard
 * directory is read once, on first use.
 */
public final class UnLocodeDirectory {

    static final String RESOURCE = "unlocode.tsv.gz";
    private static final int EXPECTED_SIZE = 110_000;

    private final Map<String, LocationInfo> locations;
    private volatile Map<String, List<LocationInfo>> byName;

    private UnLocodeDirectory(Map<String, LocationInfo> locations) {
        this.locations = locations;
    }

    /** The directory built from the shipped resource; loaded on the first call, thread-safe. */
    public static UnLocodeDirectory standard() {
        return Holder.STANDARD;
    }

    /** The location with this code; the code may be in lower case or have surrounding spaces. */
    public Optional<LocationInfo> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(locations.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /**
     * The locations whose name is {@code name}, compared without case, accents or punctuation: for
     * messages that give a place by its name (X12 location qualifier {@code CI}). The index is built on
     * first use.
     */
    public List<LocationInfo> named(String name) {
        Map<String, List<LocationInfo>> index = byName;
        if (index == null) {
            synchronized (this) {
                if (byName == null) {
                    Map<String, List<LocationInfo>> built = new HashMap<>(EXPECTED_SIZE * 2);
                    for (LocationInfo info : locations.values()) {
                        built.computeIfAbsent(normalizedName(info.name()), k -> new ArrayList<>(1)).add(info);
                    }
                    built.values().forEach(list -> list.sort(java.util.Comparator.comparing(LocationInfo::code)));
                    byName = built;
                }
                index = byName;
            }
        }
        return List.copyOf(index.getOrDefault(normalizedName(name), List.of()));
    }

    static String normalizedName(String name) {
        String withoutAccents = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return withoutAccents.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    public int size() {
        return locations.size();
    }

    /** Every code in the directory, for tests and bulk checks. */
    Set<String> codes() {
        return Collections.unmodifiableSet(locations.keySet());
    }

    static UnLocodeDirectory read(InputStream gzipped) throws IOException {
        Map<String, LocationInfo> locations = new HashMap<>(EXPECTED_SIZE * 4 / 3 + 1);
        Map<String, String> sharedTexts = new HashMap<>();
        Map<String, ZoneId> zones = new HashMap<>();
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            LocationInfo location = parseLine(line, sharedTexts, zones);
            locations.put(location.code(), location);
        }
        return new UnLocodeDirectory(locations);
    }

    /** One line: code, name, subdivision, functions, latitude, longitude, zone, separated by tabs. */
    private static LocationInfo parseLine(String line, Map<String, String> sharedTexts, Map<String, ZoneId> zones) {
        String[] fields = new String[7];
        int start = 0;
        for (int i = 0; i < fields.length - 1; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
            }
            fields[i] = line.substring(start, tab);
            start = tab + 1;
        }
        fields[6] = line.substring(start);
        // Subdivisions, function strings and zones repeat thousands of times: keep one copy of each.
        return new LocationInfo(fields[0], fields[1],
                sharedTexts.computeIfAbsent(fields[2], text -> text),
                sharedTexts.computeIfAbsent(fields[3], text -> text),
                degrees(fields[4]), degrees(fields[5]),
                zones.computeIfAbsent(fields[6], ZoneId::of));
    }

    private static Double degrees(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static UnLocodeDirectory loadStandard() {
        try (InputStream stream = UnLocodeDirectory.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return read(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Holder {
        private static final UnLocodeDirectory STANDARD = loadStandard();
    }
}

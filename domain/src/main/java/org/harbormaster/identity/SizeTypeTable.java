package org.harbormaster.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The ISO 6346 code tables behind {@link SizeType}, read once from {@code iso6346-size-types.txt}. */
final class SizeTypeTable {

    record HeightWidth(String height, String width) {
    }

    private static final String RESOURCE = "iso6346-size-types.txt";

    private final Map<Character, String> lengths = new TreeMap<>();
    private final Map<Character, HeightWidth> heightWidths = new TreeMap<>();
    private final Map<Character, String> groups = new TreeMap<>();
    private final Map<String, String> types = new TreeMap<>();

    private SizeTypeTable() {
    }

    static SizeTypeTable standard() {
        return Holder.STANDARD;
    }

    String length(char code) {
        return lengths.get(code);
    }

    HeightWidth heightWidth(char code) {
        return heightWidths.get(code);
    }

    String group(char code) {
        return groups.get(code);
    }

    String type(String code) {
        return types.get(code);
    }

    List<String> typesOfGroup(char group) {
        return types.keySet().stream().filter(code -> code.charAt(0) == group).collect(Collectors.toList());
    }

    Map<Character, String> lengths() {
        return Collections.unmodifiableMap(lengths);
    }

    Map<Character, HeightWidth> heightWidths() {
        return Collections.unmodifiableMap(heightWidths);
    }

    Map<String, String> types() {
        return Collections.unmodifiableMap(types);
    }

    private void add(String line) {
        String[] fields = line.split("\t");
        char code = fields[1].charAt(0);
        switch (fields[0]) {
            case "length" -> lengths.put(code, fields[2]);
            case "height-width" -> heightWidths.put(code, new HeightWidth(fields[2], fields[3]));
            case "group" -> groups.put(code, fields[2]);
            case "type" -> types.put(fields[1], fields[2]);
            default -> throw new IllegalStateException("unknown table '" + fields[0] + "' in " + RESOURCE);
        }
    }

    private static SizeTypeTable load() {
        SizeTypeTable table = new SizeTypeTable();
        try (InputStream stream = SizeTypeTable.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(table::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }

    private static final class Holder {
        private static final SizeTypeTable STANDARD = load();
    }
}

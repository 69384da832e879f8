package org.harbormaster.formats.x12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.harbormaster.identity.UnLocode;

/**
 * UN/LOCODEs by place name, for the X12 locations a carrier gives as a city name (qualifier {@code CI}, e.g.
 * {@code B4*...*LOCKBOURNE*CI}). Only a name that points at exactly one location within the countries the
 * message names is resolved (see {@link LocationReader}): a wrong guess would put the event, and its time
 * zone, in the wrong place.
 *
 * <p>It reads the same list the domain ships ({@code unlocode.tsv.gz} next to {@link UnLocode}), once, on
 * first use; {@code UnLocodeDirectory} has no lookup by name yet.
 */
final class CityLocations {

    private static final String RESOURCE = "unlocode.tsv.gz";

    private final Map<String, List<String>> codesByName;

    private CityLocations(Map<String, List<String>> codesByName) {
        this.codesByName = codesByName;
    }

    static CityLocations standard() {
        return Holder.STANDARD;
    }

    /** The codes in these countries whose place name is {@code city}, compared without case, accents or punctuation. */
    List<String> codesNamed(String city, Set<String> countries) {
        List<String> all = codesByName.getOrDefault(normalized(city), List.of());
        return all.stream().filter(code -> countries.contains(code.substring(0, 2))).toList();
    }

    static String normalized(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static CityLocations load() {
        try (InputStream stream = UnLocode.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to UnLocode");
            }
            return new CityLocations(index(stream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Lines are code, name, subdivision, functions, latitude, longitude, zone, separated by tabs. */
    private static Map<String, List<String>> index(InputStream gzipped) throws IOException {
        Map<String, List<String>> byName = new HashMap<>(1 << 17);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            int firstTab = line.indexOf('\t');
            int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
            if (line.startsWith("#") || secondTab < 0) {
                continue;
            }
            String code = line.substring(0, firstTab);
            String name = normalized(line.substring(firstTab + 1, secondTab));
            byName.computeIfAbsent(name, key -> new ArrayList<>(1)).add(code);
        }
        return byName;
    }

    private static final class Holder {
        private static final CityLocations STANDARD = load();
    }
}

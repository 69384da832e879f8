package org.harbormaster.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Standard Carrier Alpha Code, 2 to 4 letters assigned by the NMFTA, e.g. {@code MAEU} or {@code ONEY}.
 * There is no check digit and no public complete list: any well-formed code is accepted, and the major
 * ocean carriers are recognised by name.
 */
public record Scac(String value) {

    public Scac {
        value = normalize(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(value, problem);
        }
    }

    public static Parsed<Scac> parse(String text) {
        String candidate = normalize(text);
        String problem = problemWith(candidate);
        return problem == null ? Parsed.valid(new Scac(candidate)) : Parsed.invalid(text, problem);
    }

    public static Scac of(String text) {
        return parse(text).orElseThrow();
    }

    /** The carrier's name when this is one of the major ocean carriers' SCACs. */
    public Optional<String> knownCarrierName() {
        return Optional.ofNullable(OceanCarriers.NAMES.get(value));
    }

    public boolean isKnownOceanCarrier() {
        return OceanCarriers.NAMES.containsKey(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "SCAC is required";
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 'A' || c > 'Z') {
                return "SCAC may only contain letters A-Z, found '" + c + "'";
            }
        }
        if (candidate.length() < 2 || candidate.length() > 4) {
            return "SCAC must have 2 to 4 letters, got " + candidate.length();
        }
        return null;
    }

    /** The major ocean carriers from {@code ocean-carriers.csv}, read when first needed. */
    private static final class OceanCarriers {

        private static final String RESOURCE = "ocean-carriers.csv";
        static final Map<String, String> NAMES = load();

        private static Map<String, String> load() {
            try (InputStream stream = Scac.class.getResourceAsStream(RESOURCE)) {
                if (stream == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("scac,"))
                        .map(line -> line.split(",", 2))
                        .collect(Collectors.toUnmodifiableMap(fields -> fields[0].strip(), fields -> fields[1].strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}

package org.harbormaster.prediction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.TransportMode;

/**
 * What public figures say a leg takes, for keys with little or no history: a log-normal through a median and a
 * P90, per key, read from {@code transit-priors.csv} (each row names its source). A prior counts as
 * {@link DurationDistribution#DEFAULT_PRIOR_WEIGHT} observations when blended with history.
 */
public final class TransitPriors {

    public static final String RESOURCE = "transit-priors.csv";

    private final Map<LegKey, DurationDistribution> priors;

    private TransitPriors(Map<LegKey, DurationDistribution> priors) {
        this.priors = Map.copyOf(priors);
    }

    public static TransitPriors none() {
        return new TransitPriors(Map.of());
    }

    public static TransitPriors of(Map<LegKey, DurationDistribution> priors) {
        return new TransitPriors(priors);
    }

    public static TransitPriors standard() {
        try (InputStream in = TransitPriors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<DurationDistribution> find(LegKey key) {
        return Optional.ofNullable(priors.get(key));
    }

    public int size() {
        return priors.size();
    }

    /** Rows: leg type, mode (blank for a dwell), from, to (UN/LOCODEs, 2-letter countries, or blank), median and P90 days, source. */
    private static TransitPriors read(BufferedReader reader) throws IOException {
        Map<LegKey, DurationDistribution> priors = new HashMap<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", 7);
            LegType type = LegType.valueOf(cells[0].strip());
            TransportMode mode = cells[1].isBlank() ? null : TransportMode.valueOf(cells[1].strip());
            LegKey key = key(type, mode, cells[2].strip(), cells[3].strip());
            priors.put(key, DurationDistribution.logNormal(days(cells[4]), days(cells[5])));
        }
        return new TransitPriors(priors);
    }

    private static LegKey key(LegType type, TransportMode mode, String from, String to) {
        if (from.isEmpty()) {
            return LegKey.mode(type, mode);
        }
        if (from.length() == 2) {
            return LegKey.countryPair(type, mode, from, to);
        }
        return LegKey.lane(type, mode, UnLocode.of(from), UnLocode.of(to));
    }

    private static Duration days(String cell) {
        return Duration.ofMinutes(Math.round(Double.parseDouble(cell.strip()) * 24 * 60));
    }
}

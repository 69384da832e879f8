package org.harbormaster.server.exceptions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.harbormaster.exception.RuleSet;
import org.harbormaster.exception.ThresholdBook;
import org.harbormaster.exception.Thresholds;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.money.demurrage.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the rules run with: the thresholds (defaults, overridden per region and customer from a properties file
 * named by {@code harbormaster.alerts.thresholds-file}, so a change needs no code; see docs/exceptions.md), the
 * demurrage and detention tariffs, and the working calendar of each place.
 */
@Component
class AlertSettings {

    private final ThresholdBook thresholds;
    private final TariffBook tariffs = TariffBook.standard();
    private final RuleSet rules = RuleSet.standard();
    private final ConcurrentHashMap<String, WorkingCalendar> calendars = new ConcurrentHashMap<>();

    AlertSettings(@Value("${harbormaster.alerts.thresholds-file:}") String thresholdsFile) {
        this.thresholds = thresholdsFile.isBlank() ? ThresholdBook.defaults() : read(Path.of(thresholdsFile));
    }

    private static ThresholdBook read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thresholds file " + file, e);
        }
        return ThresholdBook.from(properties);
    }

    ThresholdBook book() {
        return thresholds;
    }

    Thresholds thresholdsFor(String customerCode, String region) {
        return thresholds.resolve(customerCode, region);
    }

    TariffBook tariffs() {
        return tariffs;
    }

    RuleSet rules() {
        return rules;
    }

    Function<UnLocode, WorkingCalendar> calendars() {
        return locode -> calendars.computeIfAbsent(locode.countryCode(), c -> WorkingCalendar.forLocation(locode));
    }
}

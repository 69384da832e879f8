package org.harbormaster.money.demurrage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Money;

/**
 * The free-time tariffs known, found for a container by {@link TariffScope#fallbacks}. Read from lines of
 * whitespace-separated fields, a tariff a line:
 * <pre>
 * # source: where the figures below come from (applies until the next source line)
 * DEMURRAGE  *  USLGB  DRY  4  WORKING_DAYS  DISCHARGE  USD  1-5:220.00  6+:280.00
 * </pre>
 * kind, carrier SCAC or {@code *}, UN/LOCODE or country or {@code *}, equipment class, free days, day count,
 * what the clock starts at, currency, then the tiers. The standard book is {@code dnd-tariffs.txt} beside this class.
 */
public final class TariffBook {

    static final String RESOURCE = "dnd-tariffs.txt";
    private static final String SOURCE_PREFIX = "# source:";

    private final Map<TariffScope, FreeTimeTariff> tariffs;

    private TariffBook(Map<TariffScope, FreeTimeTariff> tariffs) {
        this.tariffs = Map.copyOf(tariffs);
    }

    public static TariffBook of(List<FreeTimeTariff> tariffs) {
        Map<TariffScope, FreeTimeTariff> byScope = new HashMap<>();
        for (FreeTimeTariff tariff : tariffs) {
            if (byScope.put(tariff.scope(), tariff) != null) {
                throw new IllegalArgumentException("two tariffs for " + tariff.scope());
            }
        }
        return new TariffBook(byScope);
    }

    /** The book Harbormaster ships with: public US figures, see the resource's source lines. */
    public static TariffBook standard() {
        return Holder.STANDARD;
    }

    /** The most specific tariff for this charge, equipment, carrier (may be null) and port. */
    public Optional<FreeTimeTariff> find(ChargeKind kind, EquipmentClass equipment, Scac carrier, UnLocode port) {
        for (TariffScope scope : TariffScope.fallbacks(kind, equipment, carrier, port)) {
            FreeTimeTariff found = tariffs.get(scope);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return tariffs.size();
    }

    public static TariffBook parse(List<String> lines) {
        List<FreeTimeTariff> parsed = new ArrayList<>();
        String source = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(SOURCE_PREFIX)) {
                source = line.substring(SOURCE_PREFIX.length()).strip();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                parsed.add(parseLine(line, i + 1, source));
            }
        }
        return of(parsed);
    }

    private static FreeTimeTariff parseLine(String line, int number, String source) {
        String[] f = line.split("\\s+");
        try {
            if (f.length < 9) {
                throw new IllegalArgumentException("expected kind, carrier, place, equipment, free days, day count, "
                        + "clock start, currency and at least one tier; got " + f.length + " fields");
            }
            TariffScope scope = new TariffScope(ChargeKind.valueOf(f[0]), EquipmentClass.valueOf(f[3]), f[1], f[2]);
            Currency currency = Currency.getInstance(f[7]);
            List<RateTier> tiers = new ArrayList<>();
            for (int t = 8; t < f.length; t++) {
                tiers.add(tier(f[t], currency));
            }
            return new FreeTimeTariff(scope, Integer.parseInt(f[4]), DayCount.valueOf(f[5]), ClockStart.valueOf(f[6]),
                    tiers, source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tariff line " + number + " (" + line + "): " + e.getMessage(), e);
        }
    }

    /** {@code 1-5:220.00} or {@code 6+:280.00}. */
    private static RateTier tier(String text, Currency currency) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a tier reads like 1-5:220.00 or 6+:280.00, not " + text);
        }
        String days = text.substring(0, colon);
        Money rate = new Money(new BigDecimal(text.substring(colon + 1)), currency);
        if (days.endsWith("+")) {
            return new RateTier(Integer.parseInt(days.substring(0, days.length() - 1)), null, rate);
        }
        String[] range = days.split("-");
        return new RateTier(Integer.parseInt(range[0]), Integer.parseInt(range[range.length - 1]), rate);
    }

    private static TariffBook load() {
        try (InputStream in = TariffBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Holder {
        private static final TariffBook STANDARD = load();
    }
}

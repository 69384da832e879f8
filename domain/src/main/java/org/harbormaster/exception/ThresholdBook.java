package org.harbormaster.exception;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured thresholds, as key/value pairs an operations lead edits without a code change:
 * <pre>
 * departure.slip=PT24H                       # everyone
 * region.US-WEST.arrival.slip=PT36H          # shipments of one region
 * customer.ACME01.tier=GOLD                  # one customer, wins over its region
 * customer.ACME01.sla.acknowledge.ROLLOVER=PT1H
 * </pre>
 * Keys are {@link Threshold} keys, {@code sla.acknowledge.<CODE>}, {@code sla.resolve.<CODE>},
 * {@code owner.<CODE>}, {@code milestone.grace.<MILESTONE_TYPE>} and {@code priority.rate.<CURRENCY>} (priority
 * points per unit of a currency; USD is 1).
 * Every key and value is checked on loading, and all problems are reported at once.
 */
public final class ThresholdBook {

    private static final String REGION = "region.";
    private static final String CUSTOMER = "customer.";

    private final Map<String, String> defaults;
    private final Map<String, Map<String, String>> byRegion;
    private final Map<String, Map<String, String>> byCustomer;
    private final Map<String, Thresholds> resolved = new ConcurrentHashMap<>();

    private ThresholdBook(Map<String, String> defaults, Map<String, Map<String, String>> byRegion,
                          Map<String, Map<String, String>> byCustomer) {
        this.defaults = defaults;
        this.byRegion = byRegion;
        this.byCustomer = byCustomer;
    }

    public static ThresholdBook defaults() {
        return from(Map.of());
    }

    public static ThresholdBook from(Properties properties) {
        Map<String, String> entries = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name)));
        return from(entries);
    }

    public static ThresholdBook from(Map<String, String> entries) {
        Map<String, String> defaults = new HashMap<>();
        Map<String, Map<String, String>> byRegion = new HashMap<>();
        Map<String, Map<String, String>> byCustomer = new HashMap<>();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(entries).forEach((name, value) -> {
            Scoped scoped = Scoped.of(name.strip());
            String problem = scoped == null ? "a region or customer key needs a setting after its name"
                    : Thresholds.problemWith(scoped.setting, value == null ? "" : value.strip());
            if (problem != null) {
                problems.add(name + "=" + value + ": " + problem);
            } else if (scoped.region != null) {
                byRegion.computeIfAbsent(scoped.region, r -> new HashMap<>()).put(scoped.setting, value.strip());
            } else if (scoped.customer != null) {
                byCustomer.computeIfAbsent(scoped.customer, c -> new HashMap<>()).put(scoped.setting, value.strip());
            } else {
                defaults.put(scoped.setting, value.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("thresholds: " + String.join("; ", problems));
        }
        return new ThresholdBook(defaults, byRegion, byCustomer);
    }

    /** A key split into its scope and setting. */
    private record Scoped(String region, String customer, String setting) {

        static Scoped of(String name) {
            if (name.startsWith(REGION) || name.startsWith(CUSTOMER)) {
                boolean region = name.startsWith(REGION);
                String rest = name.substring(region ? REGION.length() : CUSTOMER.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    return null;
                }
                String scope = rest.substring(0, dot).toUpperCase(Locale.ROOT);
                String setting = rest.substring(dot + 1);
                return region ? new Scoped(scope, null, setting) : new Scoped(null, scope, setting);
            }
            return new Scoped(null, null, name);
        }
    }

    /** The thresholds that apply to one customer in one region: customer over region over default. */
    public Thresholds resolve(String customerCode, String region) {
        String customer = customerCode == null ? "" : customerCode.toUpperCase(Locale.ROOT);
        String regionKey = region == null ? "" : region.toUpperCase(Locale.ROOT);
        return resolved.computeIfAbsent(customer + "\u0000" + regionKey, k -> {
            Map<String, Thresholds.Setting> settings = new HashMap<>();
            defaults.forEach((key, value) -> settings.put(key, new Thresholds.Setting(value, "default")));
            byRegion.getOrDefault(regionKey, Map.of()).forEach((key, value) ->
                    settings.put(key, new Thresholds.Setting(value, "region " + regionKey)));
            byCustomer.getOrDefault(customer, Map.of()).forEach((key, value) ->
                    settings.put(key, new Thresholds.Setting(value, "customer " + customer)));
            return new Thresholds(settings);
        });
    }

    @Override
    public String toString() {
        return "ThresholdBook[" + defaults.size() + " defaults, " + byRegion.size() + " regions, "
                + byCustomer.size() + " customers]";
    }
}

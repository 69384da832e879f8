package org.harbormaster.exception;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ShipmentDetails;

/**
 * The thresholds that apply to one shipment's customer and region, resolved by {@link ThresholdBook}; a
 * setting nobody configured has its {@link Threshold#defaultValue()}. Each value knows where it came from,
 * so an explanation can say "arrival slip threshold 36 h (region US-WEST)".
 */
public final class Thresholds {

    private static final String SLA_ACK = "sla.acknowledge.";
    private static final String SLA_RESOLVE = "sla.resolve.";
    private static final String OWNER = "owner.";
    private static final String RATE = "priority.rate.";
    private static final String GRACE = Threshold.MILESTONE_GRACE.key() + ".";

    record Setting(String value, String origin) {
    }

    private final Map<String, Setting> settings;

    Thresholds(Map<String, Setting> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The built-in defaults, as if nothing were configured. */
    public static Thresholds defaults() {
        return new Thresholds(Map.of());
    }

    public Duration duration(Threshold threshold) {
        return Duration.parse(text(threshold));
    }

    public Money money(Threshold threshold) {
        return parseMoney(text(threshold));
    }

    public BigDecimal decimal(Threshold threshold) {
        return new BigDecimal(text(threshold));
    }

    public CustomerTier tier() {
        return CustomerTier.valueOf(text(Threshold.CUSTOMER_TIER));
    }

    /** Where a threshold's value comes from: "default", "region US-WEST", "customer ACME01" or "built in". */
    public String origin(Threshold threshold) {
        Setting s = settings.get(threshold.key());
        return s == null ? "built in" : s.origin();
    }

    public Duration acknowledgeWithin(RuleCode code) {
        Setting s = settings.get(SLA_ACK + code.name());
        return s == null ? code.acknowledgeWithin() : Duration.parse(s.value());
    }

    public Duration resolveWithin(RuleCode code) {
        Setting s = settings.get(SLA_RESOLVE + code.name());
        return s == null ? code.resolveWithin() : Duration.parse(s.value());
    }

    public String teamFor(RuleCode code, ShipmentDetails details) {
        Setting s = settings.get(OWNER + code.name());
        return s == null ? code.owner().nameFor(details) : s.value();
    }

    /** How long a milestone of this type may go without an event: {@code milestone.grace.<TYPE>}, else the general grace. */
    public Duration graceFor(MilestoneType type) {
        Setting s = settings.get(GRACE + type.name());
        return s == null ? duration(Threshold.MILESTONE_GRACE) : Duration.parse(s.value());
    }

    /** Priority points per unit of a currency: 1 for USD unless configured; empty when nobody set a rate. */
    public Optional<BigDecimal> pointsPerUnit(Currency currency) {
        Setting s = settings.get(RATE + currency.getCurrencyCode());
        if (s != null) {
            return Optional.of(new BigDecimal(s.value()));
        }
        return currency.getCurrencyCode().equals("USD") ? Optional.of(BigDecimal.ONE) : Optional.empty();
    }

    private String text(Threshold threshold) {
        Setting s = settings.get(threshold.key());
        return s == null ? threshold.defaultValue() : s.value();
    }

    /** What is wrong with a setting's key or value, or null when it is fine. */
    static String problemWith(String key, String value) {
        try {
            if (key.startsWith(SLA_ACK) || key.startsWith(SLA_RESOLVE)) {
                RuleCode.valueOf(key.substring(key.lastIndexOf('.') + 1));
                return positive(Duration.parse(value));
            }
            if (key.startsWith(OWNER)) {
                RuleCode.valueOf(key.substring(OWNER.length()));
                return value.isEmpty() ? "a team name is required" : null;
            }
            if (key.startsWith(GRACE)) {
                MilestoneType.valueOf(key.substring(GRACE.length()));
                return Duration.parse(value).isNegative() ? "a duration cannot be negative" : null;
            }
            if (key.startsWith(RATE)) {
                Currency.getInstance(key.substring(RATE.length()));
                return new BigDecimal(value).signum() < 0 ? "a rate cannot be negative" : null;
            }
            Threshold threshold = Threshold.byKey(key);
            return threshold == null ? "unknown setting '" + key + "'" : valueProblem(threshold, value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return "cannot read it (" + e.getMessage() + ")";
        }
    }

    private static String valueProblem(Threshold threshold, String value) {
        String example = threshold.defaultValue();
        if (threshold == Threshold.CUSTOMER_TIER) {
            CustomerTier.valueOf(value);
        } else if (example.startsWith("P")) {
            return Duration.parse(value).isNegative() ? "a duration cannot be negative" : null;
        } else if (example.contains(" ")) {
            return parseMoney(value).isNegative() ? "an amount cannot be negative" : null;
        } else if (new BigDecimal(value).signum() < 0) {
            return "cannot be negative";
        }
        return null;
    }

    private static String positive(Duration d) {
        return d.isNegative() || d.isZero() ? "an SLA must be positive" : null;
    }

    private static Money parseMoney(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("an amount reads like '250.00 USD', not '" + text + "'");
        }
        return Money.of(parts[0], parts[1]);
    }
}

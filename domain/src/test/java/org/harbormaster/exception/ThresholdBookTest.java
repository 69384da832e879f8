package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.ShipmentFixturesAccess;
import org.junit.jupiter.api.Test;

class ThresholdBookTest {

    private final ThresholdBook book = ThresholdBook.from(Map.of(
            "arrival.slip", "PT36H",
            "region.US-WEST.arrival.slip", "PT72H",
            "region.US-WEST.tier", "SILVER",
            "customer.ACME01.arrival.slip", "PT12H",
            "customer.ACME01.sla.acknowledge.ROLLOVER", "PT1H",
            "customer.ACME01.owner.CUSTOMS_HOLD", "Customs desk Long Beach",
            "priority.rate.EUR", "1.08"));

    @Test
    void nothing_configured_means_the_built_in_defaults() {
        Thresholds none = ThresholdBook.defaults().resolve("ACME01", "US-WEST");

        assertThat(none.duration(Threshold.DEPARTURE_SLIP)).isEqualTo(Duration.ofHours(24));
        assertThat(none.origin(Threshold.DEPARTURE_SLIP)).isEqualTo("built in");
        assertThat(none.money(Threshold.PROMISE_PENALTY_PER_DAY)).isEqualTo(Money.of("0", "USD"));
        assertThat(none.tier()).isEqualTo(CustomerTier.STANDARD);
    }

    @Test
    void a_customer_setting_wins_over_its_region_and_the_region_over_the_default() {
        assertThat(book.resolve("ACME01", "US-WEST").duration(Threshold.ARRIVAL_SLIP)).isEqualTo(Duration.ofHours(12));
        assertThat(book.resolve("ACME01", "US-WEST").origin(Threshold.ARRIVAL_SLIP)).isEqualTo("customer ACME01");
        assertThat(book.resolve("OTHER", "US-WEST").duration(Threshold.ARRIVAL_SLIP)).isEqualTo(Duration.ofHours(72));
        assertThat(book.resolve("OTHER", "EU-NORTH").duration(Threshold.ARRIVAL_SLIP)).isEqualTo(Duration.ofHours(36));
        assertThat(book.resolve("OTHER", "EU-NORTH").origin(Threshold.ARRIVAL_SLIP)).isEqualTo("default");
        assertThat(book.resolve("acme01", "us-west").tier()).as("codes compare upper-case").isEqualTo(CustomerTier.SILVER);
    }

    @Test
    void slas_owners_and_currency_rates_are_configured_the_same_way() {
        Thresholds acme = book.resolve("ACME01", "US-WEST");

        assertThat(acme.acknowledgeWithin(RuleCode.ROLLOVER)).isEqualTo(Duration.ofHours(1));
        assertThat(acme.resolveWithin(RuleCode.ROLLOVER)).isEqualTo(RuleCode.ROLLOVER.resolveWithin());
        assertThat(acme.teamFor(RuleCode.CUSTOMS_HOLD, ShipmentFixturesAccess.details())).isEqualTo("Customs desk Long Beach");
        assertThat(acme.teamFor(RuleCode.ROLLOVER, ShipmentFixturesAccess.details())).isEqualTo("Transpacific Imports");
        assertThat(acme.pointsPerUnit(java.util.Currency.getInstance("EUR"))).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("1.08"));
        assertThat(acme.pointsPerUnit(java.util.Currency.getInstance("JPY"))).isEmpty();
    }

    @Test
    void a_threshold_changed_in_the_configuration_changes_what_the_rules_find() {
        Scenario s = Scenario.yantianToLongBeach()
                .estimated(org.harbormaster.shipment.MilestoneType.DEPARTED, "CNYTN", Scenario.utc("2026-12-02T18:00"))
                .thresholds(Map.of("region.US-WEST.departure.slip", "PT48H"));

        assertThat(s.findings(RuleCode.DEPARTURE_SLIPPING, Scenario.utc("2026-11-27T12:00"))).isEmpty();
        s.thresholds(Map.of("region.US-WEST.departure.slip", "PT48H", "customer.ACME01.departure.slip", "PT12H"));
        assertThat(s.findings(RuleCode.DEPARTURE_SLIPPING, Scenario.utc("2026-11-27T12:00"))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).endsWith("threshold 12 h (customer ACME01)."));
    }

    @Test
    void every_unknown_key_and_unreadable_value_is_reported_at_once() {
        assertThatThrownBy(() -> ThresholdBook.from(Map.of(
                "departure.slp", "PT24H",
                "customer.ACME01.arrival.slip", "two days",
                "sla.acknowledge.NO_SUCH_RULE", "PT1H",
                "region.US-WEST", "PT1H")))
                .hasMessageContaining("departure.slp=PT24H: unknown setting 'departure.slp'")
                .hasMessageContaining("customer.ACME01.arrival.slip=two days: cannot read it")
                .hasMessageContaining("sla.acknowledge.NO_SUCH_RULE=PT1H: cannot read it")
                .hasMessageContaining("region.US-WEST=PT1H: a region or customer key needs a setting after its name");
    }

    @Test
    void a_default_for_everyone_is_a_bare_key() {
        ThresholdBook silverByDefault = ThresholdBook.from(Map.of("tier", "SILVER", "customer.ACME01.tier", "GOLD"));

        assertThat(silverByDefault.resolve("OTHER", "US-WEST").tier()).isEqualTo(CustomerTier.SILVER);
        assertThat(silverByDefault.resolve("ACME01", "US-WEST").tier()).isEqualTo(CustomerTier.GOLD);
    }

    @Test
    void a_properties_file_is_a_threshold_book() {
        Properties properties = new Properties();
        properties.setProperty("customer.ACME01.tier", "PLATINUM");

        assertThat(ThresholdBook.from(properties).resolve("ACME01", "US-WEST").tier()).isEqualTo(CustomerTier.PLATINUM);
    }
}

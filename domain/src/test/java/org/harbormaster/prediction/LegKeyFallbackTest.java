package org.harbormaster.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harbormaster.prediction.Voyages.BUSAN;
import static org.harbormaster.prediction.Voyages.LONG_BEACH;
import static org.harbormaster.prediction.Voyages.MAERSK;
import static org.harbormaster.prediction.Voyages.YANTIAN;
import static org.harbormaster.prediction.Voyages.at;

import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

class LegKeyFallbackTest {

    private static final Leg MAERSK_YANTIAN_LONG_BEACH = Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK,
            YANTIAN, LONG_BEACH, at("2026-12-01T06:00"), at("2026-12-16T06:00"));

    @Test
    void a_carrier_leg_falls_back_from_carrier_on_lane_to_lane_to_country_pair_to_mode() {
        assertThat(LegKey.fallbackChain(MAERSK_YANTIAN_LONG_BEACH)).extracting(LegKey::toString).containsExactly(
                "MAIN_CARRIAGE by VESSEL CNYTN->USLGB with MAEU",
                "MAIN_CARRIAGE by VESSEL CNYTN->USLGB",
                "MAIN_CARRIAGE by VESSEL CN->US",
                "MAIN_CARRIAGE by VESSEL");
    }

    @Test
    void a_leg_without_a_vendor_starts_at_its_lane() {
        Leg unassigned = MAERSK_YANTIAN_LONG_BEACH.withVendor(null);

        assertThat(LegKey.fallbackChain(unassigned)).extracting(LegKey::scope).containsExactly(
                LegKey.Scope.LANE, LegKey.Scope.COUNTRY_PAIR, LegKey.Scope.MODE);
    }

    @Test
    void a_dwell_is_learned_for_its_port() {
        Leg transshipment = Leg.dwell(LegType.TRANSSHIPMENT, null, BUSAN, at("2026-12-05T06:00"), at("2026-12-08T00:00"));

        assertThat(LegKey.fallbackChain(transshipment)).extracting(LegKey::toString).containsExactly(
                "TRANSSHIPMENT KRPUS->KRPUS", "TRANSSHIPMENT KR->KR", "TRANSSHIPMENT");
    }

    @Test
    void general_keys_are_shared_by_every_lane_of_the_trade() {
        Leg shanghaiLosAngeles = Leg.moving(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, MAERSK,
                org.harbormaster.shipment.Location.of(UnLocode.of("CNSHA")),
                org.harbormaster.shipment.Location.of(UnLocode.of("USLAX")), at("2026-12-01T06:00"), at("2026-12-16T06:00"));

        assertThat(LegKey.fallbackChain(shanghaiLosAngeles).get(2))
                .isEqualTo(LegKey.fallbackChain(MAERSK_YANTIAN_LONG_BEACH).get(2));
        assertThat(LegKey.fallbackChain(shanghaiLosAngeles).get(1))
                .isNotEqualTo(LegKey.fallbackChain(MAERSK_YANTIAN_LONG_BEACH).get(1));
    }

    @Test
    void a_key_cannot_claim_a_scope_it_lacks_the_fields_for() {
        assertThatThrownBy(() -> new LegKey(LegKey.Scope.LANE, LegType.MAIN_CARRIAGE, TransportMode.VESSEL,
                "CN", "US", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

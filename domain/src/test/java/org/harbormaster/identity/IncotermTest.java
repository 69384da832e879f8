package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IncotermTest {

    @Test
    void incoterms_2020_has_eleven_rules() {
        assertThat(Incoterm.values()).hasSize(11);
    }

    @Test
    void fas_fob_cfr_and_cif_are_for_sea_and_inland_waterway_only() {
        assertThat(Arrays.stream(Incoterm.values()).filter(Incoterm::seaAndInlandWaterwayOnly))
                .containsExactlyInAnyOrder(Incoterm.FAS, Incoterm.FOB, Incoterm.CFR, Incoterm.CIF);
    }

    @ParameterizedTest
    @EnumSource(Incoterm.class)
    void every_rule_parses_from_its_code_in_any_case_and_is_described(Incoterm rule) {
        assertThat(Incoterm.parse(rule.name().toLowerCase())).isEqualTo(Parsed.valid(rule));
        assertThat(Incoterm.parse(" " + rule + " ").value()).contains(rule);
        assertThat(rule.fullName()).isNotBlank();
        assertThat(rule.description()).isNotBlank();
    }

    @Test
    void fob_is_free_on_board() {
        assertThat(Incoterm.of("fob").fullName()).isEqualTo("Free On Board");
    }

    @Test
    void dat_is_rejected_because_dpu_replaced_it() {
        assertThat(Incoterm.parse("DAT").problem()).contains("DAT was replaced by DPU in Incoterms 2020");
    }

    @Test
    void ddu_is_rejected_because_dap_replaced_it() {
        assertThat(Incoterm.parse("ddu").problem()).contains("DDU was replaced by DAP in Incoterms 2010");
    }

    @Test
    void unknown_code_lists_the_eleven_rules() {
        assertThat(Incoterm.parse("FOX").problem()).contains(
                "'FOX' is not an Incoterms 2020 rule (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missing_incoterm_is_required(String text) {
        assertThat(Incoterm.parse(text).problem()).contains("Incoterm is required");
    }

    @Test
    void of_throws_for_a_retired_rule() {
        assertThatThrownBy(() -> Incoterm.of("DAT")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("DAT was replaced by DPU in Incoterms 2020");
    }
}

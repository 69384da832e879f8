package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScacTest {

    @ParameterizedTest
    @CsvSource({"MAEU, Maersk", "MSCU, Mediterranean Shipping Company", "CMDU, CMA CGM", "ONEY, Ocean Network Express",
            "EGLV, Evergreen Line", "HLCU, Hapag-Lloyd"})
    void major_ocean_carrier_is_known_by_name(String code, String name) {
        Scac scac = Scac.of(code);
        assertThat(scac.isKnownOceanCarrier()).isTrue();
        assertThat(scac.knownCarrierName()).contains(name);
    }

    @Test
    void trucker_scac_is_valid_but_not_a_known_ocean_carrier() {
        Scac trucker = Scac.of("ABCD");
        assertThat(trucker.isKnownOceanCarrier()).isFalse();
        assertThat(trucker.knownCarrierName()).isEmpty();
    }

    @Test
    void two_letter_scac_is_valid() {
        assertThat(Scac.parse("UP").isValid()).isTrue();
    }

    @Test
    void lower_case_scac_with_spaces_reads_as_the_canonical_code() {
        assertThat(Scac.of(" maeu ")).isEqualTo(Scac.of("MAEU"));
        assertThat(Scac.of("maeu").toString()).isEqualTo("MAEU");
    }

    @Test
    void scac_with_five_letters_is_rejected() {
        assertThat(Scac.parse("MAEUX").problem()).contains("SCAC must have 2 to 4 letters, got 5");
    }

    @Test
    void one_letter_scac_is_rejected() {
        assertThat(Scac.parse("M").problem()).contains("SCAC must have 2 to 4 letters, got 1");
    }

    @Test
    void scac_with_a_digit_is_rejected_naming_the_character() {
        assertThat(Scac.parse("22AA").problem()).contains("SCAC may only contain letters A-Z, found '2'");
        assertThat(Scac.parse("MA EU").problem()).contains("SCAC may only contain letters A-Z, found ' '");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missing_scac_is_required(String text) {
        assertThat(Scac.parse(text).problem()).contains("SCAC is required");
    }

    @Test
    void constructing_an_invalid_scac_throws() {
        assertThatThrownBy(() -> new Scac("M4EU")).isInstanceOf(InvalidValueException.class);
    }
}

package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ImoNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"IMO 9074729", "IMO9074729", "9074729", "imo 9074729", " IMO-9074729 "})
    void imo_number_is_read_with_or_without_prefix(String text) {
        ImoNumber imo = ImoNumber.of(text);
        assertThat(imo.toString()).isEqualTo("IMO9074729");
        assertThat(imo.digits()).isEqualTo("9074729");
        assertThat(imo).isEqualTo(new ImoNumber("9074729"));
    }

    @Test
    void check_digit_of_the_reference_example_is_9() {
        // 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139
        assertThat(ImoNumber.checkDigit("907472")).isEqualTo(9);
    }

    @Test
    void two_numbers_a_changed_digit_apart_can_both_be_valid() {
        // The third digit weighs 5: a change of 2 moves the sum by 10 and leaves the check digit alone.
        assertThat(ImoNumber.parse("7625811").isValid()).isTrue();
        assertThat(ImoNumber.parse("7605811").isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9330141", "9633999", "3465322"})
    void anonymised_imo_numbers_from_the_x12_samples_fail_the_check(String text) {
        assertThat(ImoNumber.parse(text).isValid()).isFalse();
    }

    @Test
    void imo_number_with_wrong_check_digit_is_rejected_with_the_expected_digit() {
        assertThat(ImoNumber.parse("IMO 9074728").problem()).contains("check digit is 8, expected 9");
    }

    @Test
    void imo_number_with_six_digits_names_the_length() {
        assertThat(ImoNumber.parse("IMO 907472").problem()).contains("IMO number must have 7 digits, got 6");
    }

    @Test
    void imo_number_with_a_letter_names_the_character() {
        assertThat(ImoNumber.parse("IMO 90747X9").problem())
                .contains("IMO number must be 7 digits after the optional 'IMO' prefix, found 'X'");
        assertThat(ImoNumber.parse("MMSI 9074729").problem())
                .contains("IMO number must be 7 digits after the optional 'IMO' prefix, found 'M'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "IMO", "IMO "})
    void missing_imo_number_is_required(String text) {
        assertThat(ImoNumber.parse(text).problem()).contains("IMO number is required");
    }

    @Test
    void constructing_an_invalid_imo_number_throws() {
        assertThatThrownBy(() -> new ImoNumber("9074728")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ImoNumber.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AirWaybillTest {

    @ParameterizedTest
    @ValueSource(strings = {"176-12345675", "176 1234 5675", "17612345675", " 176-1234-5675 "})
    void air_waybill_is_read_with_hyphen_spaces_or_neither(String text) {
        AirWaybill awb = AirWaybill.of(text);
        assertThat(awb.toString()).isEqualTo("176-12345675");
        assertThat(awb.airlinePrefix()).isEqualTo("176");
        assertThat(awb.serial()).isEqualTo("12345675");
        assertThat(awb).isEqualTo(new AirWaybill("17612345675"));
    }

    @Test
    void check_digit_is_the_first_seven_serial_digits_modulo_7() {
        // 1234567 = 7 * 176366 + 5
        assertThat(AirWaybill.checkDigit("1234567")).isEqualTo(5);
        assertThat(AirWaybill.checkDigit("0000007")).isZero();
    }

    @Test
    void air_waybill_with_wrong_check_digit_is_rejected_with_the_expected_digit() {
        assertThat(AirWaybill.parse("176-12345676").problem()).contains("check digit is 6, expected 5");
    }

    @Test
    void air_waybill_with_check_digit_7_or_more_can_never_be_valid() {
        assertThat(AirWaybill.parse("176-12345677").problem()).contains("check digit is 7, expected 5");
    }

    @Test
    void air_waybill_of_the_wrong_length_names_the_length() {
        assertThat(AirWaybill.parse("176-1234567").problem())
                .contains("air waybill number must have 11 digits (3-digit airline prefix and 8-digit serial), got 10");
    }

    @Test
    void air_waybill_with_a_letter_names_the_character() {
        assertThat(AirWaybill.parse("EK-12345675").problem())
                .contains("air waybill number may only contain digits, spaces and hyphens, found 'E'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-"})
    void missing_air_waybill_is_required(String text) {
        assertThat(AirWaybill.parse(text).problem()).contains("air waybill number is required");
    }

    @Test
    void constructing_an_invalid_air_waybill_throws() {
        assertThatThrownBy(() -> new AirWaybill("176-12345676")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AirWaybill.checkDigit("123456")).isInstanceOf(IllegalArgumentException.class);
    }
}

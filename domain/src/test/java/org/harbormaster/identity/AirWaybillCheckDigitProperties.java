package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Air waybill check digits: the first seven serial digits, read as a number, modulo 7. */
class AirWaybillCheckDigitProperties {

    @Property
    void serial_with_its_remainder_modulo_7_makes_a_valid_air_waybill(
            @ForAll @NumericChars @StringLength(3) String prefix, @ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
        String sevenDigits = String.format("%07d", serial);
        String number = prefix + "-" + sevenDigits + serial % 7;

        AirWaybill awb = AirWaybill.of(number);

        assertThat(awb.toString()).isEqualTo(number);
        assertThat(AirWaybill.checkDigit(sevenDigits)).isEqualTo(serial % 7);
    }

    @Property
    void every_other_check_digit_is_rejected(@ForAll @NumericChars @StringLength(3) String prefix,
                                             @ForAll @IntRange(min = 0, max = 9_999_999) int serial,
                                             @ForAll @IntRange(min = 0, max = 9) int digit) {
        Assume.that(digit != serial % 7);

        assertThat(AirWaybill.parse(prefix + String.format("%07d", serial) + digit).problem())
                .contains("check digit is " + digit + ", expected " + serial % 7);
    }

    @Property
    void adding_7_to_the_serial_keeps_the_check_digit_and_adding_1_advances_it(
            @ForAll @IntRange(min = 0, max = 9_999_991) int serial) {
        int check = AirWaybill.checkDigit(String.format("%07d", serial));

        assertThat(AirWaybill.checkDigit(String.format("%07d", serial + 7))).isEqualTo(check);
        assertThat(AirWaybill.checkDigit(String.format("%07d", serial + 1))).isEqualTo((check + 1) % 7);
        assertThat(check).isBetween(0, 6);
    }

    @Property
    void hyphens_spaces_and_none_read_as_the_same_air_waybill(
            @ForAll @NumericChars @StringLength(3) String prefix, @ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
        String eight = String.format("%07d", serial) + serial % 7;
        AirWaybill canonical = AirWaybill.of(prefix + "-" + eight);

        assertThat(AirWaybill.of(prefix + eight)).isEqualTo(canonical);
        assertThat(AirWaybill.of(prefix + " " + eight.substring(0, 4) + " " + eight.substring(4))).isEqualTo(canonical);
        assertThat(AirWaybill.parse(canonical.toString())).isEqualTo(Parsed.valid(canonical));
    }

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        Parsed<AirWaybill> parsed = AirWaybill.parse(text);

        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }
}

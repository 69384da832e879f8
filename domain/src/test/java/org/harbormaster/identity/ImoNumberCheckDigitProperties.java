package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * IMO check digits. Digit i (0-based, from the left) weighs 7 - i, so a change of c in it moves the sum by
 * c * (7 - i): the error goes unnoticed exactly when that product is a multiple of 10 (an even change in
 * the weight-5 digit, a change of 5 in a digit of even weight).
 */
class ImoNumberCheckDigitProperties {

    @Property
    void computed_check_digit_completes_a_valid_imo_number(@ForAll @NumericChars @StringLength(6) String firstSix) {
        String digits = firstSix + ImoNumber.checkDigit(firstSix);

        ImoNumber imo = ImoNumber.of(digits);

        assertThat(imo.digits()).isEqualTo(digits);
        assertThat(ImoNumber.of(imo.toString())).isEqualTo(imo);
        assertThat(ImoNumber.of("IMO " + digits)).isEqualTo(imo);
        assertThat(ImoNumber.of("imo" + digits)).isEqualTo(imo);
    }

    @Property
    void every_other_check_digit_is_rejected(@ForAll @NumericChars @StringLength(6) String firstSix,
                                             @ForAll @IntRange(min = 0, max = 9) int digit) {
        int expected = ImoNumber.checkDigit(firstSix);
        Assume.that(digit != expected);

        assertThat(ImoNumber.parse(firstSix + digit).problem())
                .contains("check digit is " + digit + ", expected " + expected);
    }

    @Property
    void changed_digit_goes_unnoticed_exactly_when_weight_times_change_is_a_multiple_of_10(
            @ForAll @NumericChars @StringLength(6) String firstSix, @ForAll @IntRange(min = 0, max = 5) int position,
            @ForAll @IntRange(min = 1, max = 9) int change) {
        String valid = firstSix + ImoNumber.checkDigit(firstSix);
        char[] digits = valid.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + change) % 10);
        int weight = 7 - position;
        // The digit wraps round 10 when it overflows, which changes it by (change - 10): the same modulo 10.
        boolean blindSpot = weight * change % 10 == 0;

        assertThat(ImoNumber.parse(new String(digits)).isValid()).isEqualTo(blindSpot);
    }

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        Parsed<ImoNumber> parsed = ImoNumber.parse(text);

        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }
}

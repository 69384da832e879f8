package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * ISO 6346 check digits. The sum weights position i by 2^i, and 2^i is never a multiple of 11, so a changed
 * serial digit (a change of 1 to 9) always changes the remainder mod 11. The only blind spot is the final
 * "mod 10": remainders 10 and 0 both give check digit 0, so an error can hide only when the check digit is 0.
 */
class ContainerNumberCheckDigitProperties {

    @Property
    void computed_check_digit_completes_a_valid_container_number(@ForAll("firstTen") String firstTen) {
        String number = firstTen + ContainerNumber.checkDigit(firstTen);

        Parsed<ContainerNumber> parsed = ContainerNumber.parse(number);

        assertThat(parsed.isValid()).as(number).isTrue();
        assertThat(parsed.orElseThrow().toString()).isEqualTo(number);
    }

    @Property
    void every_other_digit_in_the_check_position_is_rejected(@ForAll("firstTen") String firstTen,
                                                               @ForAll @IntRange(min = 0, max = 9) int digit) {
        int expected = ContainerNumber.checkDigit(firstTen);
        Assume.that(digit != expected);

        assertThat(ContainerNumber.parse(firstTen + digit).problem())
                .contains("check digit is " + digit + ", expected " + expected);
    }

    @Property
    void changed_serial_digit_goes_unnoticed_only_when_the_check_digit_is_0(
            @ForAll("validNumber") String number, @ForAll @IntRange(min = 4, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int change) {
        char[] characters = number.toCharArray();
        characters[position] = (char) ('0' + (characters[position] - '0' + change) % 10);
        String altered = new String(characters);

        if (ContainerNumber.parse(altered).isValid()) {
            assertThat(number.charAt(10)).as("%s altered to %s", number, altered).isEqualTo('0');
        }
    }

    @Property
    void swapped_neighbouring_serial_digits_go_unnoticed_only_when_the_check_digit_is_0(
            @ForAll("validNumber") String number, @ForAll @IntRange(min = 4, max = 8) int position) {
        Assume.that(number.charAt(position) != number.charAt(position + 1));
        char[] characters = number.toCharArray();
        characters[position] = number.charAt(position + 1);
        characters[position + 1] = number.charAt(position);
        String altered = new String(characters);

        if (ContainerNumber.parse(altered).isValid()) {
            assertThat(number.charAt(10)).as("%s altered to %s", number, altered).isEqualTo('0');
        }
    }

    @Property
    void spaces_hyphens_and_lower_case_read_as_the_same_container(@ForAll("validNumber") String number) {
        ContainerNumber canonical = ContainerNumber.of(number);
        String owner = number.substring(0, 4);
        String serial = number.substring(4, 10);
        String check = number.substring(10);

        assertThat(ContainerNumber.of(owner + " " + serial + " " + check)).isEqualTo(canonical);
        assertThat(ContainerNumber.of(owner + "-" + serial + "-" + check)).isEqualTo(canonical);
        assertThat(ContainerNumber.of(number.toLowerCase(Locale.ROOT))).isEqualTo(canonical);
        assertThat(ContainerNumber.parse(canonical.toString())).isEqualTo(Parsed.valid(canonical));
    }

    @Property
    void check_digit_is_a_single_digit(@ForAll("firstTen") String firstTen) {
        assertThat(ContainerNumber.checkDigit(firstTen)).isBetween(0, 9);
    }

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        Parsed<ContainerNumber> parsed = ContainerNumber.parse(text);

        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> firstTen() {
        Arbitrary<String> owner = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<Character> category = Arbitraries.of('U', 'J', 'Z');
        Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(owner, category, serial).as((o, c, s) -> o + c + s);
    }

    @Provide
    Arbitrary<String> validNumber() {
        return firstTen().map(firstTen -> firstTen + ContainerNumber.checkDigit(firstTen));
    }
}

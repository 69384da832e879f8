package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MWCU6059784", "CBHU3202732"})
    void published_reference_container_numbers_are_valid(String number) {
        assertThat(ContainerNumber.parse(number).isValid()).isTrue();
    }

    @Test
    void check_digit_of_the_wikipedia_example_is_3() {
        assertThat(ContainerNumber.checkDigit("CSQU305438")).isEqualTo(3);
    }

    @Test
    void check_digit_of_a_serial_whose_remainder_is_10_is_0() {
        // C=13, S=30, Q=28, U=32 weighted 1, 2, 4, 8 give 441; a 1 in position 6 adds 64: 505 = 45 * 11 + 10
        assertThat(ContainerNumber.checkDigit("CSQU001000")).isZero();
        assertThat(ContainerNumber.parse("CSQU0010000").isValid()).isTrue();
    }

    @Test
    void container_number_written_with_spaces_hyphens_or_lower_case_reads_as_the_canonical_number() {
        ContainerNumber canonical = ContainerNumber.of("CSQU3054383");
        assertThat(ContainerNumber.of("CSQU 305438 3")).isEqualTo(canonical);
        assertThat(ContainerNumber.of("CSQU-305438-3")).isEqualTo(canonical);
        assertThat(ContainerNumber.of("  csqu3054383 ")).isEqualTo(canonical);
        assertThat(canonical.toString()).isEqualTo("CSQU3054383");
    }

    @Test
    void container_number_is_split_into_owner_category_and_serial() {
        ContainerNumber number = ContainerNumber.of("MWCU6059784");
        assertThat(number.ownerCode()).isEqualTo("MWC");
        assertThat(number.categoryIdentifier()).isEqualTo('U');
        assertThat(number.serialNumber()).isEqualTo("605978");
        assertThat(number.checkDigit()).isEqualTo(4);
    }

    @Test
    void container_number_with_wrong_check_digit_is_rejected_with_the_expected_digit() {
        assertThat(ContainerNumber.parse("CSQU3054384").problem()).contains("check digit is 4, expected 3");
    }

    @Test
    void container_number_with_category_i_is_rejected() {
        assertThat(ContainerNumber.parse("MSTI6415664").problem()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("category identifier 'I' must be U"));
    }

    @Test
    void detachable_equipment_and_chassis_categories_are_accepted() {
        String equipment = "ABCJ123456";
        String chassis = "ABCZ123456";
        assertThat(ContainerNumber.parse(equipment + ContainerNumber.checkDigit(equipment)).isValid()).isTrue();
        assertThat(ContainerNumber.parse(chassis + ContainerNumber.checkDigit(chassis)).isValid()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void missing_container_number_is_required(String text) {
        assertThat(ContainerNumber.parse(text).problem()).contains("container number is required");
    }

    @Test
    void container_number_of_the_wrong_length_names_the_length() {
        assertThat(ContainerNumber.parse("CSQU305438").problem())
                .contains("container number must have 11 characters (owner code, category, serial, check digit), got 10");
    }

    @Test
    void owner_code_with_a_digit_is_rejected() {
        assertThat(ContainerNumber.parse("C5QU3054383").problem()).contains("owner code 'C5Q' must be three letters A-Z");
    }

    @Test
    void serial_with_a_letter_is_rejected() {
        assertThat(ContainerNumber.parse("CSQU30543X3").problem()).contains("serial number '30543X' must be six digits");
    }

    @Test
    void check_digit_that_is_a_letter_is_rejected() {
        assertThat(ContainerNumber.parse("CSQU305438X").problem()).contains("check digit 'X' must be a digit");
    }

    @Test
    void constructing_an_invalid_container_number_throws_with_the_reason() {
        assertThatThrownBy(() -> new ContainerNumber("CSQU3054384"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).reason()).isEqualTo("check digit is 4, expected 3"));
        assertThatThrownBy(() -> ContainerNumber.of("MSTI6415664")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void check_digit_needs_ten_characters() {
        assertThatThrownBy(() -> ContainerNumber.checkDigit("CSQU30543")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContainerNumber.checkDigit("CSQU30543!")).isInstanceOf(IllegalArgumentException.class);
    }
}

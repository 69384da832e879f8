package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"22G1", "42G1", "45G1", "22R1", "45R1", "L5G1", "22U1", "22T3", "42P1"})
    void common_size_type_codes_are_valid(String code) {
        assertThat(SizeType.parse(code).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"22G1, 20, 6068", "42G1, 40, 12192", "45R1, 40, 12192", "L5G1, 45, 13716", "12G1, 10, 2991",
            "32G1, 30, 9125", "M5G1, 48, 14630", "P5G1, 53, 16154"})
    void length_is_known_in_feet_and_millimetres(String code, int feet, int millimetres) {
        SizeType sizeType = SizeType.of(code);
        assertThat(sizeType.lengthFeet()).isEqualTo(feet);
        assertThat(sizeType.lengthMillimetres()).isEqualTo(millimetres);
    }

    @Test
    void forty_foot_high_cube_is_described_by_length_height_and_group() {
        assertThat(SizeType.of("45G1").description()).isEqualTo("40 ft, 2895 mm high, General purpose container");
        assertThat(SizeType.of("22G1").description()).isEqualTo("20 ft, 2591 mm high, General purpose container");
    }

    @Test
    void pallet_wide_box_mentions_its_width() {
        assertThat(SizeType.of("LEG1").description())
                .isEqualTo("45 ft, 2895 mm high, > 2438 mm and ≤ 2500 mm wide, General purpose container");
    }

    @Test
    void reefer_and_insulated_types_are_reefers_and_dry_boxes_are_not() {
        assertThat(SizeType.of("45R1").isReefer()).isTrue();
        assertThat(SizeType.of("22H1").isReefer()).isTrue();
        assertThat(SizeType.of("22G1").isReefer()).isFalse();
        assertThat(SizeType.of("22T3").isReefer()).isFalse();
    }

    @Test
    void size_type_exposes_its_parts_and_type_description() {
        SizeType tank = SizeType.of("22T3");
        assertThat(tank.lengthCode()).isEqualTo('2');
        assertThat(tank.heightWidthCode()).isEqualTo('2');
        assertThat(tank.typeCode()).isEqualTo("T3");
        assertThat(tank.typeGroup()).isEqualTo('T');
        assertThat(tank.groupDescription()).isEqualTo("Tank container");
        assertThat(tank.typeDescription()).isEqualTo("Tank - Dangerous liquids, minimum pressure 1.50 bar");
        assertThat(tank.height()).isEqualTo("2591 mm");
        assertThat(tank.width()).isEqualTo("2436 mm");
    }

    @Test
    void lower_case_code_with_spaces_reads_as_the_canonical_code() {
        assertThat(SizeType.of(" 45g1 ")).isEqualTo(SizeType.of("45G1"));
        assertThat(SizeType.of("45g1").toString()).isEqualTo("45G1");
    }

    @Test
    void unknown_length_code_is_named() {
        assertThat(SizeType.parse("92G1").problem()).contains("size-type 92G1: unknown length code '9'");
    }

    @Test
    void unknown_height_width_code_is_named() {
        assertThat(SizeType.parse("27G1").problem()).contains("size-type 27G1: unknown height/width code '7'");
    }

    @Test
    void unknown_type_group_is_named() {
        assertThat(SizeType.parse("22Q1").problem()).contains("size-type 22Q1: unknown type group 'Q'");
    }

    @Test
    void unknown_type_in_a_known_group_lists_the_group_types() {
        assertThat(SizeType.parse("22G7").problem()).contains(
                "size-type 22G7: unknown type code 'G7' (General purpose container has G0, G1, G2, G3)");
    }

    @Test
    void group_without_detailed_types_in_the_table_is_explained() {
        assertThat(SizeType.parse("22A0").problem())
                .contains("size-type 22A0: type group 'A' (Air/surface container) has no type codes in the ISO 6346 table");
    }

    @Test
    void every_unknown_part_is_reported_at_once() {
        assertThat(SizeType.parse("99Z9").problem()).contains(
                "size-type 99Z9: unknown length code '9', unknown type group 'Z'");
        assertThat(SizeType.parse("97Z9").problem()).contains(
                "size-type 97Z9: unknown length code '9', unknown height/width code '7', unknown type group 'Z'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missing_size_type_is_required(String text) {
        assertThat(SizeType.parse(text).problem()).contains("size-type code is required");
    }

    @Test
    void size_type_of_the_wrong_length_names_the_length() {
        assertThat(SizeType.parse("22G").problem())
                .contains("size-type code must have 4 characters (length, height/width, type), got 3");
    }

    @Test
    void constructing_an_unknown_size_type_throws() {
        assertThatThrownBy(() -> new SizeType("99Z9")).isInstanceOf(InvalidValueException.class);
    }
}

package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnLocodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"USLGB", "CNYTN", "CNSHA", "DEHAM", "NLRTM", "USCHI", "USLAX", "SGSIN", "KRPUS", "BEANR",
            "FRLEH", "HKHKG", "USNYC", "USSAV", "VNSGN", "GBFXT", "USORD", "USATL", "USMEM", "USDAL", "USKCK",
            "CNPVG", "NLAMS", "DEFRA", "USJFK", "MXZLO"})
    void ports_airports_and_inland_hubs_of_the_trade_lanes_are_in_the_list(String code) {
        assertThat(UnLocode.parse(code).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"USCHI, America/Chicago", "USLGB, America/Los_Angeles", "CNYTN, Asia/Shanghai",
            "DEHAM, Europe/Berlin", "USNYC, America/New_York", "USDAL, America/Chicago", "NLRTM, Europe/Amsterdam",
            "SGSIN, Asia/Singapore", "MXZLO, America/Mexico_City"})
    void location_knows_its_time_zone(String code, String zone) {
        assertThat(UnLocode.of(code).zone()).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void location_knows_its_name_country_and_functions() {
        UnLocode longBeach = UnLocode.of("USLGB");
        assertThat(longBeach.countryCode()).isEqualTo("US");
        assertThat(longBeach.locationCode()).isEqualTo("LGB");
        assertThat(longBeach.name()).isEqualTo("Long Beach");
        assertThat(longBeach.info().subdivision()).isEqualTo("CA");
        assertThat(longBeach.info().isSeaport()).isTrue();
        assertThat(longBeach.info().isRailTerminal()).isTrue();
        assertThat(longBeach.info().isAirport()).isTrue();
        assertThat(longBeach.info().latitude()).isCloseTo(33.77, offset(0.01));
        assertThat(longBeach.info().longitude()).isCloseTo(-118.18, offset(0.01));
    }

    @Test
    void airport_code_is_an_airport_and_not_a_seaport() {
        LocationInfo ohare = UnLocode.of("USORD").info();
        assertThat(ohare.isAirport()).isTrue();
        assertThat(ohare.isSeaport()).isFalse();
    }

    @Test
    void port_from_the_compilation_is_a_seaport_because_the_sea_ports_list_names_it() {
        assertThat(UnLocode.of("DEHAM").info().isSeaport()).isTrue();
        assertThat(UnLocode.of("DEHAM").name()).isEqualTo("Hamburg");
    }

    @Test
    void code_written_in_lower_case_or_with_a_space_reads_as_the_canonical_code() {
        assertThat(UnLocode.of("uslgb")).isEqualTo(UnLocode.of("USLGB"));
        assertThat(UnLocode.of(" US LGB ")).isEqualTo(UnLocode.of("USLGB"));
        assertThat(UnLocode.of("us-lgb").toString()).isEqualTo("USLGB");
    }

    @Test
    void well_formed_code_missing_from_the_list_is_rejected() {
        assertThat(UnLocode.parse("XXABC").problem()).contains("UN/LOCODE XXABC is not in the UN/LOCODE 2024-2 list");
    }

    @Test
    void location_code_with_0_or_1_is_rejected() {
        assertThat(UnLocode.parse("USLG1").problem()).contains("location code 'LG1' may only use letters A-Z and digits 2-9");
        assertThat(UnLocode.parse("IT940").problem()).contains("location code '940' may only use letters A-Z and digits 2-9");
    }

    @Test
    void country_code_with_a_digit_is_rejected() {
        assertThat(UnLocode.parse("U5LGB").problem()).contains("country code 'U5' must be two letters A-Z");
    }

    @Test
    void code_of_the_wrong_length_names_the_length() {
        assertThat(UnLocode.parse("USLG").problem())
                .contains("UN/LOCODE must have 5 characters (2-letter country, 3-character location), got 4");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missing_un_locode_is_required(String text) {
        assertThat(UnLocode.parse(text).problem()).contains("UN/LOCODE is required");
    }

    @Test
    void constructing_an_unlisted_code_throws() {
        assertThatThrownBy(() -> new UnLocode("XXABC")).isInstanceOf(InvalidValueException.class);
    }
}

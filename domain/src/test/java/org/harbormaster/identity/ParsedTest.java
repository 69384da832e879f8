package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void accepted_value_is_offered_and_mapped() {
        Parsed<String> parsed = Parsed.valid("CSQU3054383");

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value()).contains("CSQU3054383");
        assertThat(parsed.problem()).isEmpty();
        assertThat(parsed.map(String::length).value()).contains(11);
        assertThat(parsed.orElseThrow()).isEqualTo("CSQU3054383");
    }

    @Test
    void rejected_input_keeps_its_reason_through_map_and_throws_it() {
        Parsed<String> parsed = Parsed.invalid("CSQU3054384", "check digit is 4, expected 3");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.map(String::length).problem()).contains("check digit is 4, expected 3");
        assertThatThrownBy(parsed::orElseThrow).isInstanceOf(InvalidValueException.class)
                .hasMessage("check digit is 4, expected 3 (input: 'CSQU3054384')");
    }
}

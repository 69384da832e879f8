package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class ScacProperties {

    @Property
    void any_two_to_four_letters_are_a_scac_in_either_case(
            @ForAll @CharRange(from = 'A', to = 'Z') @StringLength(min = 2, max = 4) String letters) {
        assertThat(Scac.of(letters.toLowerCase(Locale.ROOT))).isEqualTo(Scac.of(letters));
        assertThat(Scac.of(letters).toString()).isEqualTo(letters);
    }

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        Parsed<Scac> parsed = Scac.parse(text);

        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }
}

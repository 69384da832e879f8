package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnLocodeProperties {

    private static final List<String> CODES = List.copyOf(new TreeSet<>(UnLocodeDirectory.standard().codes()));

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        assertExplained(UnLocode.parse(text));
    }

    @Property
    void parsing_five_characters_of_the_code_alphabet_never_throws(@ForAll("fiveCodeCharacters") String text) {
        Parsed<UnLocode> parsed = UnLocode.parse(text);

        assertExplained(parsed);
        parsed.value().ifPresent(code -> assertThat(UnLocodeDirectory.standard().contains(code.toString())).isTrue());
    }

    @Property
    void every_listed_code_parses_in_any_case_and_round_trips(@ForAll("listedCode") String code) {
        UnLocode parsed = UnLocode.of(code.toLowerCase(Locale.ROOT));

        assertThat(parsed.toString()).isEqualTo(code);
        assertThat(UnLocode.of(code.substring(0, 2) + " " + code.substring(2))).isEqualTo(parsed);
        assertThat(parsed.zone()).isNotNull();
    }

    private static void assertExplained(Parsed<UnLocode> parsed) {
        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> fiveCodeCharacters() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789usnl -").ofMinLength(4).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> listedCode() {
        return Arbitraries.of(CODES);
    }
}

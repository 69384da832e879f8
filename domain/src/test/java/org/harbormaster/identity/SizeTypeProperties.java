package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SizeTypeProperties {

    private static final SizeTypeTable TABLE = SizeTypeTable.standard();

    @Property
    void parsing_never_throws_and_always_explains_a_rejection(@ForAll String text) {
        assertExplained(SizeType.parse(text));
    }

    @Property
    void parsing_four_characters_of_the_code_alphabet_never_throws(@ForAll("fourCodeCharacters") String text) {
        assertExplained(SizeType.parse(text));
    }

    @Property
    void every_combination_of_table_entries_is_a_valid_size_type(@ForAll("tableCombination") String code) {
        SizeType sizeType = SizeType.of(code);

        assertThat(sizeType.toString()).isEqualTo(code);
        assertThat(sizeType.description()).isNotBlank();
        assertThat(sizeType.lengthFeet()).isBetween(10, 53);
    }

    private static void assertExplained(Parsed<SizeType> parsed) {
        if (!parsed.isValid()) {
            assertThat(parsed.problem()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> fourCodeCharacters() {
        return Arbitraries.strings().withChars("0123456789ABCDEFGHKLMNPQRSTUVWXYZabgr ").ofLength(4);
    }

    @Provide
    Arbitrary<String> tableCombination() {
        Arbitrary<Character> length = Arbitraries.of(new ArrayList<>(TABLE.lengths().keySet()));
        Arbitrary<Character> heightWidth = Arbitraries.of(new ArrayList<>(TABLE.heightWidths().keySet()));
        Arbitrary<String> type = Arbitraries.of(List.copyOf(TABLE.types().keySet()));
        return Combinators.combine(length, heightWidth, type).as((l, h, t) -> "" + l + h + t);
    }
}

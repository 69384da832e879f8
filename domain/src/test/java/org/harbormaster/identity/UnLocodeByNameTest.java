package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnLocodeByNameTest {

    private final UnLocodeDirectory directory = UnLocodeDirectory.standard();

    @Test
    void a_place_named_in_a_message_is_found_by_its_name_whatever_the_case() {
        assertThat(directory.named("LOCKBOURNE")).extracting(LocationInfo::code).containsExactly("USLCK");
        assertThat(directory.named("lockbourne")).extracting(LocationInfo::code).containsExactly("USLCK");
    }

    @Test
    void a_common_name_gives_every_place_that_bears_it() {
        assertThat(directory.named("Hamburg")).extracting(LocationInfo::code).contains("DEHAM").hasSizeGreaterThan(1);
    }

    @Test
    void accents_and_punctuation_do_not_matter() {
        assertThat(directory.named("Sao Paulo")).extracting(LocationInfo::code)
                .isEqualTo(directory.named("São Paulo").stream().map(LocationInfo::code).toList()).isNotEmpty();
        assertThat(directory.named("no such place anywhere")).isEmpty();
    }
}

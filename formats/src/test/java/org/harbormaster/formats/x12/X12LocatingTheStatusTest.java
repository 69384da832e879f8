package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.time.Instant;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.UnLocode;
import org.junit.jupiter.api.Test;

/** Where a status happened decides its time zone: B4 times are local at that place. */
class X12LocatingTheStatusTest {

    @Test
    void the_activity_location_r4_5_wins_over_b4_06_and_gives_the_terminal() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***I*20260308*1015*CNSHA*CSQU*305438*L*45G1",
                "R4*5*UN*CNYTN*YANTIAN*CN*YANTIAN INTL CONTAINER TERMINALS")).parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.location()).isEqualTo(UnLocode.of("CNYTN"));
            assertThat(event.facility()).isEqualTo("YANTIAN INTL CONTAINER TERMINALS");
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-08T02:15:00Z"));
        });
    }

    @Test
    void a_un_locode_in_b4_11_is_used_when_there_is_no_activity_location() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***AV*20260328*0800**CSQU*305438*L*45G1*USLGB*UN*3")).parse();

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.location()).isEqualTo(UnLocode.of("USLGB"));
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-28T15:00:00Z"));
        });
    }

    @Test
    void a_city_name_with_several_places_of_that_name_is_not_guessed() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***AV*20260328*0800**CSQU*305438*L*45G1*LONG BEACH*CI*3", "R4*D*UN*USLGB*LONG BEACH*US")).parse();

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.location()).isNull();
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        });
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).endsWith("segment B4 (segment #2), element 11");
            assertThat(failure.reason()).contains("city 'LONG BEACH' matches").contains("USLGB").contains("in US")
                    .endsWith("is read as UTC");
        });
    }

    @Test
    void a_status_with_no_place_at_all_is_kept_in_utc_and_reported() {
        ParseOutcome outcome = X12Interchange.from("MAEU").oceanStatusGroup("101", oceanStatus("0001",
                "B4***CT*20260328*0800*ATLANTIS*CSQU*305438*L*45G1")).parse();

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.location()).isNull();
            assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        });
        assertThat(outcome.failures()).singleElement().hasToString("interchange 000000101 group 101 transaction 0001, "
                + "segment B4 (segment #2), element 06: B4-06: 'ATLANTIS' is neither a UN/LOCODE nor a city the list "
                + "knows; the status time 20260328 0800 is local to an unknown place and is read as UTC");
    }
}

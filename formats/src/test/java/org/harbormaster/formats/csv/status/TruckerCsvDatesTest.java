package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as drivers type them: what is unambiguous is read, what could be read two ways is refused. */
class TruckerCsvDatesTest {

    private static final String AMBIGUOUS = "'03/04/2026 14:00' is ambiguous: 3 April or March 4? Write the date as "
            + "ISO, 2026-04-03 14:00 if the day comes first or 2026-03-04 14:00 if the month does, or add a "
            + "date_format column (DD/MM/YYYY or MM/DD/YYYY)";

    @Test
    void a_slash_date_whose_day_and_month_could_be_swapped_fails_its_row_and_suggests_iso() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,OG,2026-12-01 14:00,USLGB,,,,,")
                .row("CSQU3054383,DL,03/04/2026 14:00,USLGB,,,,,").parse();

        assertThat(outcome.events()).as("the good row still gives its event").hasSize(1);
        assertThat(outcome.failures()).extracting(ParseFailure::toString)
                .containsExactly("row 3, column event_time: " + AMBIGUOUS);
    }

    @Test
    void the_failure_names_the_column_as_the_sheet_wrote_it() {
        ParseOutcome outcome = TruckerSheet.withHeader("Cntr No,Status,Date/Time,Location")
                .row("CSQU3054383,DL,03/04/2026 14:00,USLGB").parse();

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("row 2, column Date/Time");
    }

    @Test
    void a_date_format_column_settles_the_order_row_by_row() {
        ParseOutcome outcome = TruckerSheet.withHeader("container,status,event_time,location,date_format")
                .row("CSQU3054383,DL,03/04/2026 14:00,USLGB,DD/MM/YYYY")
                .row("CSQU3054383,ER,03/04/2026 14:00,USLGB,MM/DD/YYYY").parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::eventTime).containsExactly(
                Instant.parse("2026-04-03T21:00:00Z"), Instant.parse("2026-03-04T22:00:00Z")); // PDT, then PST
    }

    @Test
    void the_senders_date_order_can_be_given_to_the_parser() {
        ParseOutcome outcome = TruckerSheet.standard().readWith(DateOrder.MONTH_FIRST)
                .row("CSQU3054383,OG,12/01/2026 2:00 PM,USLGB,,,,,").parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::eventTime)
                .containsExactly(Instant.parse("2026-12-01T22:00:00Z"));
    }

    @Test
    void a_date_contradicting_the_declared_format_fails() {
        ParseOutcome outcome = TruckerSheet.withHeader("container,status,event_time,location,date_format")
                .row("CSQU3054383,DL,13/04/2026 14:00,USLGB,MM/DD/YYYY").parse();

        assertThat(outcome.failures()).extracting(ParseFailure::reason)
                .containsExactly("'13/04/2026 14:00' does not fit the date format of the row (month first): "
                        + "write it as ISO, e.g. 2026-12-01 14:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-01 14:00        | 2026-12-01T22:00:00Z",
        "2026-12-01T14:00        | 2026-12-01T22:00:00Z",
        "2026-12-01 14:00:30     | 2026-12-01T22:00:30Z",
        "2026-12-01T14:00+01:00  | 2026-12-01T13:00:00Z",
        "2026-12-01 14:00Z       | 2026-12-01T14:00:00Z",
        "01-Dec-2026 14:00       | 2026-12-01T22:00:00Z",
        "1 Dec 2026 14:00        | 2026-12-01T22:00:00Z",
        "1 December 2026 2:00 PM | 2026-12-01T22:00:00Z",
        "Dec 1, 2026 2:00 PM     | 2026-12-01T22:00:00Z",
        "13/12/2026 14:00        | 2026-12-13T22:00:00Z",
        "12/13/2026 2:00 PM      | 2026-12-13T22:00:00Z",
        "13.12.2026 14:00        | 2026-12-13T22:00:00Z",
        "07/07/2026 09:30        | 2026-07-07T16:30:00Z",
        "12/13/26 12:05 AM       | 2026-12-13T08:05:00Z",
    })
    void unambiguous_dates_are_read_in_the_zone_of_the_location(String written, String expected) {
        ParseOutcome outcome = TruckerSheet.standard().row("CSQU3054383,OG,\"" + written.strip() + "\",USLGB,,,,,")
                .parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::eventTime).containsExactly(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-01          | has no time of day",
        "01-Dec-2026         | has no time of day",
        "31/02/2026 10:00    | is not a real date and time",
        "2026-12-01 25:00    | is not a real date and time",
        "13/13/2026 10:00    | has no month",
        "14:00 PM 2026-12-01 | is not a date and time this import reads",
        "2026-12-01 14:00 PM | has hour 14 with AM/PM",
        "01-Dez-2026 14:00   | is not an English month name",
        "yesterday           | is not a date and time this import reads",
    })
    void what_cannot_be_read_fails_with_its_reason(String written, String reason) {
        ParseOutcome outcome = TruckerSheet.standard().row("CSQU3054383,OG," + written.strip() + ",USLGB,,,,,").parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("row 2, column event_time");
            assertThat(failure.reason()).contains(reason.strip());
        });
    }

    @Test
    void a_time_zone_column_places_a_row_without_a_location() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,DL,2026-12-01 14:00,,Acme DC,,,,America/Chicago").parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::eventTime, MilestoneEvent::location)
                .containsExactly(tuple(Instant.parse("2026-12-01T20:00:00Z"), null));
    }

    @Test
    void a_time_zone_abbreviation_is_refused_as_ambiguous() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,DL,2026-12-01 14:00,,Acme DC,,,,CST").parse();

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly("row 2, column time_zone");
        assertThat(outcome.failures().get(0).reason()).contains("IANA name");
    }

    @Test
    void a_local_time_with_nothing_to_place_it_fails_on_its_time() {
        ParseOutcome outcome = TruckerSheet.standard().row("CSQU3054383,DL,2026-12-01 14:00,,Acme DC,,,,").parse();

        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("row 2, column event_time");
            assertThat(failure.reason()).contains("neither a location (UN/LOCODE) nor a time_zone");
        });
    }
}

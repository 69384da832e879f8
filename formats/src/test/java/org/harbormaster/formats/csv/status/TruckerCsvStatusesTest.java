package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** The trucker vocabulary, and rows that fail while their neighbours still count. */
class TruckerCsvStatusesTest {

    @Test
    void codes_and_words_map_to_milestones_whatever_their_spelling() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,PU,2026-12-01 06:00,USLGB,,,,,")
                .row("CSQU3054383,Out-Gated,2026-12-01 07:00,USLGB,,,,,")
                .row("CSQU3054383,DELIVERED,2026-12-01 11:00,USLAX,,,,,")
                .row("CSQU3054383,empty returned,2026-12-03 09:00,USLGB,,,,,")
                .row("CSQU3054383,Arrived at Ramp,2026-12-05 09:00,USCHI,,,,,")
                .row("CSQU3054383,gate in,2026-12-06 09:00,USCHI,,,,,").parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::empty, MilestoneEvent::mode)
                .containsExactly(
                        tuple(MilestoneType.PICKED_UP, false, TransportMode.TRUCK),
                        tuple(MilestoneType.GATE_OUT, false, TransportMode.TRUCK),
                        tuple(MilestoneType.DELIVERED, false, TransportMode.TRUCK),
                        tuple(MilestoneType.EMPTY_RETURNED, true, TransportMode.TRUCK),
                        tuple(MilestoneType.ARRIVED, false, TransportMode.RAIL),
                        tuple(MilestoneType.GATE_IN, false, TransportMode.TRUCK));
    }

    @Test
    void an_unknown_status_is_kept_as_an_event_without_a_milestone() {
        ParseOutcome outcome = TruckerSheet.standard().row("CSQU3054383,Chassis flat tyre,2026-12-01 06:00,USLGB,,,,,")
                .parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isNull();
            assertThat(event.sourceCode()).isEqualTo("Chassis flat tyre");
        });
    }

    @Test
    void estimated_yes_makes_an_estimate() {
        ParseOutcome outcome = TruckerSheet.standard().row("CSQU3054383,DL,2026-12-01 11:00,USLAX,,,,yes,").parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::kind).containsExactly(TimeKind.ESTIMATED);
    }

    @Test
    void each_bad_cell_of_a_row_is_reported_and_the_other_rows_still_give_events() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,OG,2026-12-01 14:00,USLGB,,,,,")
                .row("CSQU3054384,DL,2026-12-01 15:00,USLJQ,,,,perhaps,")
                .row(",,,,,,,,")
                .row("CSQU3054383,,2026-12-02 09:00,USLGB,,,,,")
                .row("CSQU3054383,ER,2026-12-03 09:00,USLGB,,,,,").parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::type)
                .containsExactly(MilestoneType.GATE_OUT, MilestoneType.EMPTY_RETURNED);
        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "row 3, column container", "row 3, column location", "row 3, column estimated",
                "row 5, column status");
        assertThat(outcome.failures().get(0).reason())
                .isEqualTo(ContainerNumber.parse("CSQU3054384").problem().orElseThrow());
        assertThat(outcome.failures().get(3).reason()).isEqualTo("is required");
    }

    @Test
    void the_same_row_sent_twice_has_the_same_event_key() {
        ParseOutcome first = TruckerSheet.standard().row("CSQU3054383,OG,2026-12-01 14:00,USLGB,,,,,").parse();
        ParseOutcome again = TruckerSheet.standard().row("CSQU 305438-3,out gate,2026-12-01T14:00,uslgb,,,,no,").parse();

        assertThat(again.events().get(0).eventKey()).isEqualTo(first.events().get(0).eventKey());
    }
}

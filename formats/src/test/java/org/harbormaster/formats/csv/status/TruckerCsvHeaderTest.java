package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.junit.jupiter.api.Test;

/** Headers as truckers really type them, and files as their spreadsheets save them. */
class TruckerCsvHeaderTest {

    @Test
    void the_documented_header_reads_every_column() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,OG,2026-12-01 14:00,USLGB,Pier T,BKG123,OOLU2600012345,no,").parse();

        assertThat(outcome.failures()).isEmpty();
        MilestoneEvent outGate = outcome.events().get(0);
        assertThat(outGate.type()).isEqualTo(MilestoneType.GATE_OUT);
        assertThat(outGate.eventTime()).isEqualTo(Instant.parse("2026-12-01T22:00:00Z")); // 14:00 PST
        assertThat(outGate.location()).isEqualTo(UnLocode.of("USLGB"));
        assertThat(outGate.facility()).isEqualTo("Pier T");
        assertThat(outGate.references()).containsExactly(new CarrierReference(ReferenceType.BOOKING, "BKG123"),
                new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "OOLU2600012345"));
    }

    @Test
    void european_excel_with_a_byte_order_mark_semicolons_and_its_own_spellings_is_read() {
        ParseOutcome outcome = TruckerSheet
                .withHeader("Container No.;STATUS;Date/Time;UN/LOCODE;Terminal;Booking #;B/L;Estimated?;Time-Zone")
                .withByteOrderMark()
                .row("CSQU 305438 3;Delivered;01-Dec-2026 09:15;NLRTM;;;;;").parse();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(delivered -> {
            assertThat(delivered.type()).isEqualTo(MilestoneType.DELIVERED);
            assertThat(delivered.equipment()).extracting(Object::toString).containsExactly("CSQU3054383");
            assertThat(delivered.eventTime()).isEqualTo(Instant.parse("2026-12-01T08:15:00Z")); // CET
        });
    }

    @Test
    void synonyms_upper_case_underscores_and_hyphens_name_the_same_columns() {
        ParseOutcome outcome = TruckerSheet.withHeader("CNTR,Event,DATE_TIME,Loc,Remarks,Driver")
                .row("CSQU3054383,picked-up,2026-12-01T06:00,USCHI,call before,J. Smith").parse();

        assertThat(outcome.failures()).as("unknown columns such as Remarks and Driver are ignored").isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(MilestoneType.PICKED_UP);
    }

    @Test
    void tab_separated_files_are_read_too() {
        ParseOutcome outcome = TruckerSheet.withHeader("container\tstatus\tevent_time\ttime_zone")
                .row("CSQU3054383\tgate in\t2026-12-01 06:00\tAmerica/Chicago").parse();

        assertThat(outcome.events()).extracting(MilestoneEvent::eventTime)
                .containsExactly(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @Test
    void a_missing_required_column_is_one_failure_on_row_1_listing_the_spellings_read() {
        ParseOutcome outcome = TruckerSheet.withHeader("container,status,location,time")
                .row("CSQU3054383,OG,USLGB,2026-12-01 14:00").parse();

        assertThat(outcome.failures()).isEmpty();

        ParseOutcome noTime = TruckerSheet.withHeader("container,status,location")
                .row("CSQU3054383,OG,USLGB").parse();
        assertThat(noTime.events()).isEmpty();
        assertThat(noTime.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("row 1");
            assertThat(failure.reason()).startsWith("the header has no event_time column").contains("datetime");
        });
    }

    @Test
    void the_same_column_twice_is_a_header_failure_naming_both_positions() {
        ParseOutcome outcome = TruckerSheet.withHeader("container,status,date,event time,location")
                .row("CSQU3054383,OG,2026-12-01 14:00,2026-12-01 15:00,USLGB").parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "row 1, column event time: is the same column as 'date' (columns 3 and 4): keep one");
    }

    @Test
    void a_file_saved_as_windows_1252_is_read() {
        String text = TruckerSheet.withHeader("container;status;event_time;location;facility")
                .row("CSQU3054383;delivered;2026-12-01 10:00;DEHAM;Lagerhaus Süd").text();

        ParseOutcome outcome = new StatusCsvParser().parse(text.getBytes(Charset.forName("windows-1252")),
                TruckerSheet.CONTEXT);

        assertThat(outcome.events()).extracting(MilestoneEvent::facility).containsExactly("Lagerhaus Süd");
    }

    @Test
    void a_quote_left_open_stops_the_file_there_and_keeps_the_rows_before() {
        ParseOutcome outcome = TruckerSheet.standard()
                .row("CSQU3054383,OG,2026-12-01 14:00,USLGB,,,,,")
                .row("CSQU3054383,\"DL,2026-12-02 09:00,USLGB,,,,,").parse();

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("row 3");
            assertThat(failure.reason()).contains("quote");
        });
    }
}

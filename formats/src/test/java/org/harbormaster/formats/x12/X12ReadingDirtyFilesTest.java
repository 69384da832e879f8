package org.harbormaster.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.x12.X12Interchange.context;
import static org.harbormaster.formats.x12.X12Interchange.oceanStatus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseOutcome;
import org.junit.jupiter.api.Test;

/** The same 315 as carriers' systems actually write it: wrapped, with odd terminators, odd encodings. */
class X12ReadingDirtyFilesTest {

    private static final X12Interchange FILE = X12Interchange.from("MAEU").oceanStatusGroup("101",
            oceanStatus("0001", "B4***VD*20260311*2200*CNYTN*CSQU*305438*L*45G1*CNYTN*UN*3",
                    "N9*BM*MAEU260012345", "Q2*9321483********612E***L*MAERSK ESSEN",
                    "R4*D*UN*USLGB*LONG BEACH*US", "DTM*139*20260405*0700*LT"),
            oceanStatus("0002", "B4***VA*20260327*0600*USLGB*CSQU*305438*L*45G1*USLGB*UN*3"));

    private static final List<MilestoneEvent> CLEAN = FILE.parse().events();

    @Test
    void the_clean_file_gives_two_statuses_and_one_estimate() {
        assertThat(CLEAN).hasSize(3);
    }

    @Test
    void a_file_wrapped_at_80_columns_reads_like_the_clean_one() {
        String oneLine = FILE.text().replace("\n", "");
        StringBuilder wrapped = new StringBuilder();
        for (int start = 0; start < oneLine.length(); start += 80) {
            wrapped.append(oneLine, start, Math.min(oneLine.length(), start + 80)).append('\n');
        }

        assertSameEvents(X12Interchange.parse(wrapped.toString()));
    }

    @Test
    void an_ellipsis_as_segment_terminator_reads_like_the_clean_file() {
        assertSameEvents(X12Interchange.parse(FILE.text().replace("~\n", "\u2026")));
    }

    @Test
    void a_line_break_as_the_segment_terminator_reads_like_the_clean_file() {
        assertSameEvents(X12Interchange.parse(FILE.text().replace("~\n", "\n")));
    }

    @Test
    void windows_line_breaks_after_each_segment_read_like_the_clean_file() {
        assertSameEvents(X12Interchange.parse(FILE.text().replace("\n", "\r\n")));
    }

    @Test
    void a_utf8_byte_order_mark_is_ignored() {
        byte[] marked = ("\uFEFF" + FILE.text()).getBytes(StandardCharsets.UTF_8);

        assertSameEvents(new X12StatusParser().parse(marked, context()));
    }

    @Test
    void a_file_in_latin_1_is_read_rather_than_rejected() {
        byte[] latin1 = FILE.text().replace("MAERSK ESSEN", "SÃO PAULO EXPRESS").getBytes(StandardCharsets.ISO_8859_1);

        ParseOutcome outcome = new X12StatusParser().parse(latin1, context());

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).first().extracting(MilestoneEvent::vesselName).isEqualTo("SÃO PAULO EXPRESS");
    }

    private static void assertSameEvents(ParseOutcome outcome) {
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).isEqualTo(CLEAN);
    }
}

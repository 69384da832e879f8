package org.harbormaster.formats.edifact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/** Builds IFTSTA interchanges for tests: body segments in, envelope with correct counts around them. */
final class IftstaInterchange {

    static final MessageContext CONTEXT = new MessageContext(EventFormat.IFTSTA, "OCEANLINE",
            Instant.parse("2026-12-02T08:00:00Z"), 41L);

    private final List<String> messages = new ArrayList<>();
    private Integer unzCount;
    private String header = "UNB+UNOC:3+OCEANLINE:ZZZ+HARBORMASTER:ZZZ+261202:0800+IC1'";

    static IftstaInterchange anInterchange() {
        return new IftstaInterchange();
    }

    /** A message with these body segments (between UNH and UNT), its UNT count right. */
    IftstaInterchange withMessage(String reference, String... body) {
        return withMessageCounted(reference, body.length + 2, body);
    }

    /** A message whose UNT states this segment count, right or wrong. */
    IftstaInterchange withMessageCounted(String reference, int untCount, String... body) {
        return withMessageOfType("IFTSTA:D:00B:UN", reference, untCount, body);
    }

    IftstaInterchange withMessageOfType(String type, String reference, int untCount, String... body) {
        StringBuilder text = new StringBuilder("UNH+" + reference + "+" + type + "'\n");
        for (String segment : body) {
            text.append(segment).append("'\n");
        }
        text.append("UNT+").append(untCount).append('+').append(reference).append("'\n");
        messages.add(text.toString());
        return this;
    }

    IftstaInterchange withUnzCount(int count) {
        unzCount = count;
        return this;
    }

    IftstaInterchange withServiceStringAdvice() {
        header = "UNA:+.? '" + header;
        return this;
    }

    String text() {
        return header + "\n" + String.join("", messages) + "UNZ+" + (unzCount == null ? messages.size() : unzCount)
                + "+IC1'\n";
    }

    ParseOutcome parse() {
        return new IftstaParser().parse(text().getBytes(StandardCharsets.ISO_8859_1), CONTEXT);
    }

    /** A status of a full container loaded on a vessel at Rotterdam, at a time with a UTC offset. */
    static String[] loadedAtRotterdam() {
        return new String[] {
            "BGM+23+ST-1001+9",
            "DTM+137:202612020730:203",
            "RFF+BN:RTM1234567",
            "CNI+1",
            "STS+1+48",
            "RFF+BM:OCLU123456789",
            "DTM+334:202612011400+01:303",
            "LOC+175+NLRTM:139:6:ROTTERDAM",
            "TDT+20+042E+1++OCL:172+++9074729:146:11:EVER GIVEN",
            "LOC+11+USNYC:139:6",
            "DTM+132:202612151800:203",
            "EQD+CN+CSQU3054383+42G1:102:5+++5"
        };
    }

    private IftstaInterchange() {
    }
}

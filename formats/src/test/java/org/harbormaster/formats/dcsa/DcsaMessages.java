package org.harbormaster.formats.dcsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/** The DCSA specification files shared by the team, and messages as a carrier would send them to us. */
final class DcsaMessages {

    /** The shared data, seen from the formats module's directory (where Maven runs its tests). */
    static final Path SPECIFICATIONS = Path.of("../../shared/data/dcsa");
    static final Path EXAMPLES = SPECIFICATIONS.resolve("examples");
    static final Instant RECEIVED = Instant.parse("2024-03-01T08:00:00Z");
    static final String CARRIER = "MAEU";

    private DcsaMessages() {
    }

    static MessageContext fromCarrier() {
        return fromCarrier(RECEIVED, 42L);
    }

    static MessageContext fromCarrier(Instant receivedAt, Long messageId) {
        return new MessageContext(EventFormat.DCSA, CARRIER, receivedAt, messageId);
    }

    static byte[] example(String fileName) {
        return read(EXAMPLES.resolve(fileName));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseOutcome parseExample(String fileName) {
        return new DcsaEventParser().parse(example(fileName), fromCarrier());
    }

    static ParseOutcome parse(String json) {
        return new DcsaEventParser().parse(json.getBytes(StandardCharsets.UTF_8), fromCarrier());
    }
}

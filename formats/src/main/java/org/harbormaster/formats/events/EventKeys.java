package org.harbormaster.formats.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys that identify an event across messages. A source's own event id is used as it is (prefixed by the
 * format); formats without one get a digest of what makes the event that event (sender, code, equipment or
 * references, place, time and kind), so the same status sent twice, in two files, is applied once.
 */
public final class EventKeys {

    private EventKeys() {
    }

    public static String ofSourceId(String format, String sourceEventId) {
        return format + ":" + sourceEventId;
    }

    public static String ofContent(String format, Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "" : part.toString()).append('\u001f');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return format + "#" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

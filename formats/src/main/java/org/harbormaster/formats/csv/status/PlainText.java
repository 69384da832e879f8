package org.harbormaster.formats.csv.status;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans the text exports carry: UTF-8 that was decoded as Latin-1 once or twice on its way
 * ({@code VÃ\u0085Â©ng TÃ\u0083Â\u00a0u} is {@code Vũng Tàu}), non-breaking spaces, runs of spaces.
 */
final class PlainText {

    private static final int MAX_REPAIRS = 3;

    private PlainText() {
    }

    /** The text with mojibake undone and every run of white space, non-breaking included, one space. */
    static String repaired(String text) {
        String current = text;
        for (int i = 0; i < MAX_REPAIRS && mayBeMisdecoded(current); i++) {
            String decoded = asUtf8(current);
            if (decoded == null) {
                break;
            }
            current = decoded;
        }
        return current.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** For matching names and descriptions: repaired, lower case, without accents, letters and digits only. */
    static String matchKey(String text) {
        String plain = Normalizer.normalize(repaired(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean mayBeMisdecoded(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            high |= c >= 0x80;
        }
        return high;
    }

    /** The text's characters taken as bytes and read as UTF-8; null when they are not UTF-8. */
    private static String asUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}

package org.harbormaster.formats.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.UnLocode;

/**
 * Parsed values a file repeats on many rows (the same ports and vessels, booking after booking), parsed
 * once per file. One instance per file read; not thread-safe.
 */
final class RepeatedValues {

    private static final int MAX_REMEMBERED = 20_000;

    private final Function<String, Parsed<UnLocode>> locodes = remembering(UnLocode::parse);
    private final Function<String, Parsed<ImoNumber>> imoNumbers = remembering(ImoNumber::parse);

    Parsed<UnLocode> locode(String text) {
        return locodes.apply(text);
    }

    Parsed<ImoNumber> imoNumber(String text) {
        return imoNumbers.apply(text);
    }

    private static <T> Function<String, Parsed<T>> remembering(Function<String, Parsed<T>> parser) {
        Map<String, Parsed<T>> seen = new HashMap<>();
        return text -> {
            Parsed<T> parsed = seen.get(text);
            if (parsed == null) {
                parsed = parser.apply(text);
                if (seen.size() < MAX_REMEMBERED) {
                    seen.put(text, parsed);
                }
            }
            return parsed;
        };
    }
}

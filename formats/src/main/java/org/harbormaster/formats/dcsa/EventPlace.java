package org.harbormaster.formats.dcsa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.identity.UnLocode;

/**
 * Where a DCSA event happened: the first valid UN/LOCODE and the first facility named, looking in the
 * event's own location (2.2 {@code eventLocation}, 3.0 {@code location}) before its transport call's
 * location, and that before the 2.2 transport call's own (deprecated) {@code UNLocationCode}. Every
 * UN/LOCODE present is checked, so a wrong one is reported even when another is right.
 *
 * @param facility the facility code ({@code ADT}, an SMDG terminal code within the UN/LOCODE), else the
 *                 location's name, else the 2.2 {@code otherFacility} text
 */
record EventPlace(UnLocode location, String facility) {

    static EventPlace read(JsonFields payload, Optional<JsonFields> transportCall) {
        List<JsonFields> candidates = new ArrayList<>();
        payload.object("eventLocation").ifPresent(candidates::add);
        payload.object("location").ifPresent(candidates::add);
        transportCall.ifPresent(call -> {
            call.object("location").ifPresent(candidates::add);
            candidates.add(call);
        });
        UnLocode location = null;
        String facility = null;
        for (JsonFields candidate : candidates) {
            Optional<UnLocode> code = unLocode(candidate);
            if (location == null && code.isPresent()) {
                location = code.get();
            }
            if (facility == null) {
                facility = facility(candidate).orElse(null);
            }
        }
        return new EventPlace(location, facility);
    }

    private static Optional<UnLocode> unLocode(JsonFields place) {
        return place.text("UNLocationCode").flatMap(text -> {
            var parsed = UnLocode.parse(text);
            parsed.problem().ifPresent(problem ->
                    place.fail("UNLocationCode", JsonFields.quote(text) + ": " + problem));
            return parsed.value();
        });
    }

    private static Optional<String> facility(JsonFields place) {
        return place.text("facilityCode")
                .or(() -> place.text("locationName"))
                .or(() -> place.text("otherFacility"));
    }
}

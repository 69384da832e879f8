package org.harbormaster.formats.x12;

import java.util.Locale;
import java.util.Optional;
import org.harbormaster.identity.ContainerNumber;

/**
 * The container of a B4 segment: equipment initial (B4-07, owner code and category, e.g. {@code GMCU}),
 * equipment number (B4-08, six digits; some carriers append the check digit as a seventh) and check digit
 * (B4-13, optional in 4010).
 *
 * <p>A check digit that does not match is reported at B4-13, and the container is still returned with the
 * digit ISO 6346 computes: owner code and serial are what identify the box (the sample
 * {@code GMCU 609413 7} is {@code GMCU6094135}), matching it to a booked container is what lets the event be
 * used, and the failure puts the message in front of someone who can check which of the two was mistyped.
 */
final class EquipmentReader {

    private EquipmentReader() {
    }

    static Optional<ContainerNumber> read(Segment b4, X12Place place, Failures failures) {
        String initial = b4.element(7).toUpperCase(Locale.ROOT).replace(" ", "");
        String number = b4.element(8).replace(" ", "");
        String checkDigit = b4.element(13);
        if (initial.isEmpty() && number.isEmpty()) {
            return Optional.empty();
        }
        if (number.length() == 7 && (checkDigit.isEmpty() || checkDigit.equals(number.substring(6)))) {
            checkDigit = number.substring(6);
            number = number.substring(0, 6);
        }
        if (!initial.matches("[A-Z]{3}[UJZ]")) {
            failures.add(place.at(b4, 7), "'" + initial + "' is not an equipment initial: three letters of the owner"
                    + " code and the category U, J or Z");
            return Optional.empty();
        }
        if (!number.matches("[0-9]{6}")) {
            failures.add(place.at(b4, 8), "'" + b4.element(8) + "' is not an equipment number: six digits");
            return Optional.empty();
        }
        String firstTen = initial + number;
        int expected = ContainerNumber.checkDigit(firstTen);
        if (!checkDigit.isEmpty() && !checkDigit.equals(Integer.toString(expected))) {
            failures.add(place.at(b4, 13), "check digit '" + checkDigit + "' of " + firstTen
                    + " is wrong: ISO 6346 gives " + expected + "; the event is kept for " + firstTen + expected);
        }
        return Optional.of(ContainerNumber.of(firstTen + expected));
    }
}

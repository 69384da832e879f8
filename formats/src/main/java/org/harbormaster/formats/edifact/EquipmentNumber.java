package org.harbormaster.formats.edifact;

import java.util.Locale;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Parsed;

/**
 * A container number as an IFTSTA names it (EQD element 02, RFF EQ). A number whose only fault is its check
 * digit still names the box by owner code and serial: it is kept with the digit ISO 6346 gives, and the
 * wrong digit is reported so that someone checks which part was mistyped (as the X12 315 reader does).
 *
 * @param container the box, or null when the number cannot name one
 * @param problem   what is wrong with the number as written, or null
 */
record EquipmentNumber(ContainerNumber container, String problem) {

    static EquipmentNumber read(String written) {
        Parsed<ContainerNumber> parsed = ContainerNumber.parse(written);
        if (parsed.isValid()) {
            return new EquipmentNumber(parsed.value().orElseThrow(), null);
        }
        String compact = written.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.matches("[A-Z]{3}[UJZ]\\d{7}")) {
            String firstTen = compact.substring(0, 10);
            int expected = ContainerNumber.checkDigit(firstTen);
            return new EquipmentNumber(ContainerNumber.of(firstTen + expected), "check digit '" + compact.charAt(10)
                    + "' of " + firstTen + " is wrong: ISO 6346 gives " + expected + "; the event is kept for "
                    + firstTen + expected);
        }
        return new EquipmentNumber(null, "'" + written.strip() + "': " + parsed.problem().orElseThrow());
    }
}

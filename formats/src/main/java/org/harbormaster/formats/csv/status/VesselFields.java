package org.harbormaster.formats.csv.status;

import org.harbormaster.identity.ImoNumber;

/**
 * The vessel name, voyage and IMO number of a tracking export row, put back where they belong: the export
 * sometimes has the name in {@code voyage} and a number in {@code vessel}. A name has at least three
 * letters and either no digit or a space ({@code ALABAMA}, {@code WAN HAI 623}); a voyage is a code
 * ({@code 0015N}, {@code W002}). A number alone is an IMO number when it has seven digits and its check
 * digit holds; otherwise, in {@code vessel}, a short one is the voyage and a long one (an MMSI) is dropped.
 */
record VesselFields(String name, String voyage, ImoNumber imo) {

    private static final int LONGEST_VOYAGE_NUMBER = 6;

    static VesselFields of(String vesselCell, String voyageCell, String imoCell) {
        String vessel = blankToNull(PlainText.repaired(vesselCell));
        String voyage = blankToNull(PlainText.repaired(voyageCell));
        ImoNumber imo = ImoNumber.parse(imoCell).value().orElse(null);
        if (looksLikeName(voyage) && !looksLikeName(vessel)) {
            String swapped = vessel;
            vessel = voyage;
            voyage = swapped;
        }
        if (isNumber(voyage) && ImoNumber.parse(voyage).isValid()) {
            imo = imo != null ? imo : ImoNumber.of(voyage);
            voyage = null;
        }
        if (isNumber(vessel)) {
            if (ImoNumber.parse(vessel).isValid()) {
                imo = imo != null ? imo : ImoNumber.of(vessel);
            } else if (voyage == null && vessel.length() <= LONGEST_VOYAGE_NUMBER) {
                voyage = vessel;
            }
            vessel = null;
        }
        return new VesselFields(vessel, voyage, imo);
    }

    static boolean looksLikeName(String text) {
        if (text == null) {
            return false;
        }
        long letters = text.chars().filter(Character::isLetter).count();
        boolean digits = text.chars().anyMatch(Character::isDigit);
        return letters >= 3 && (!digits || text.contains(" "));
    }

    private static boolean isNumber(String text) {
        return text != null && text.chars().allMatch(Character::isDigit);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}

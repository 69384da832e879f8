package org.harbormaster.formats.edifact;

import org.harbormaster.identity.ImoNumber;
import org.harbormaster.shipment.TransportMode;

/**
 * The means of transport a TDT segment names: mode (element 03), voyage or trip (element 02) and, for
 * vessels and barges, the name and IMO number (element 08, components 04 and 01). A rail or road carrier's
 * name in that place is not a vessel name and is dropped.
 */
record Conveyance(TransportMode mode, String voyage, String vesselName, ImoNumber vesselImo) {

    static final Conveyance NONE = new Conveyance(null, null, null, null);

    static Conveyance of(EdifactSegment tdt) {
        TransportMode mode = mode(tdt.component(3, 1));
        boolean waterborne = mode == null || mode == TransportMode.VESSEL || mode == TransportMode.BARGE;
        String name = waterborne ? blankToNull(tdt.component(8, 4)) : null;
        ImoNumber imo = waterborne ? ImoNumber.parse(tdt.component(8, 1)).value().orElse(null) : null;
        return new Conveyance(mode, blankToNull(tdt.value(2)), name, imo);
    }

    /** Mode of transport codes (data element 8067) of the five modes Harbormaster plans. */
    private static TransportMode mode(String code) {
        return switch (code) {
            case "1" -> TransportMode.VESSEL;
            case "2" -> TransportMode.RAIL;
            case "3" -> TransportMode.TRUCK;
            case "4" -> TransportMode.AIRCRAFT;
            case "8" -> TransportMode.BARGE;
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

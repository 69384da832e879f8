package org.harbormaster.formats.dcsa;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.shipment.TransportMode;

/**
 * What a DCSA transport call says about the conveyance: its mode, the vessel (or 3.0 barge) and the voyage.
 * An arrival or a discharge is reported under the import voyage, anything else under the export voyage,
 * each falling back to the other (and, in 2.2, to the deprecated {@code carrierVoyageNumber}).
 */
record TransportCallDetails(TransportMode mode, String vesselName, ImoNumber vesselImo, String voyage) {

    static final TransportCallDetails NONE = new TransportCallDetails(null, null, null, null);

    private static final Set<String> ARRIVING_CODES = Set.of("ARRI", "DISC");

    static TransportCallDetails read(DcsaVersion version, JsonFields call, String typeCode) {
        TransportMode mode = call.requiredText("modeOfTransport").flatMap(text -> mode(call, text)).orElse(null);
        Optional<JsonFields> vessel = call.object("vessel").or(() -> call.object("barge"));
        String vesselName = vessel.flatMap(v -> v.text(version.vesselName)).orElse(null);
        ImoNumber imo = vessel.flatMap(TransportCallDetails::imo).orElse(null);
        List<String> voyageFields = ARRIVING_CODES.contains(typeCode)
                ? List.of(version.importVoyage, version.exportVoyage, "carrierVoyageNumber")
                : List.of(version.exportVoyage, version.importVoyage, "carrierVoyageNumber");
        String voyage = null;
        for (String field : voyageFields) {
            Optional<String> number = call.text(field);
            if (voyage == null && number.isPresent()) {
                voyage = number.get();
            }
        }
        return new TransportCallDetails(mode, vesselName, imo, voyage);
    }

    private static Optional<TransportMode> mode(JsonFields call, String text) {
        return switch (text) {
            case "VESSEL" -> Optional.of(TransportMode.VESSEL);
            case "BARGE" -> Optional.of(TransportMode.BARGE);
            case "RAIL" -> Optional.of(TransportMode.RAIL);
            case "TRUCK" -> Optional.of(TransportMode.TRUCK);
            default -> {
                call.fail("modeOfTransport", JsonFields.quote(text)
                        + " is not a DCSA mode of transport: expected VESSEL, BARGE, RAIL or TRUCK");
                yield Optional.empty();
            }
        };
    }

    private static Optional<ImoNumber> imo(JsonFields vessel) {
        return vessel.text("vesselIMONumber").flatMap(text -> {
            var parsed = ImoNumber.parse(text);
            parsed.problem().ifPresent(problem ->
                    vessel.fail("vesselIMONumber", JsonFields.quote(text) + ": " + problem));
            return parsed.value();
        });
    }
}

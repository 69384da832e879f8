package org.harbormaster.shipment;

import org.harbormaster.identity.ImoNumber;

/** The vessel and voyage, or the flight, of a main-carriage leg. */
public record Conveyance(String name, ImoNumber imo, String voyageOrFlight) {

    public Conveyance {
        name = Text.optional(name);
        voyageOrFlight = Text.optional(voyageOrFlight);
        if (name == null && imo == null && voyageOrFlight == null) {
            throw new IllegalArgumentException("a conveyance needs a vessel name, IMO number or voyage/flight");
        }
    }

    public static Conveyance vessel(String name, ImoNumber imo, String voyage) {
        return new Conveyance(name, imo, voyage);
    }

    public static Conveyance flight(String flightNumber) {
        return new Conveyance(null, null, flightNumber);
    }
}

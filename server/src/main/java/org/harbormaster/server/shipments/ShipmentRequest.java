package org.harbormaster.server.shipments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON body that books a shipment. Identifiers, codes and times are strings here on purpose: the
 * server parses them itself so that every invalid field is reported at once, each under its own path.
 * Give either {@code template} (a standard flow and a few inputs) or {@code plan} (every leg).
 */
public record ShipmentRequest(String reference, CustomerBody customer, String mode, String direction,
                              String incoterm, PlaceBody origin, PlaceBody destination, CargoBody cargo,
                              List<ReferenceBody> references, String carrier, String region, String team,
                              String promisedDelivery, List<PartyBody> parties, List<CostLineBody> budget,
                              TemplateBody template, PlanBody plan) {

    public record CustomerBody(String code, String name) {
    }

    public record AddressBody(String street, String city, String postalCode, String countryCode) {
    }

    public record PlaceBody(String locode, AddressBody door) {
    }

    public record ContainerBody(String number, String sizeType) {
    }

    public record CargoBody(List<ContainerBody> containers, Integer pieces, BigDecimal weightKg, BigDecimal volumeCbm,
                            String description) {
    }

    public record ReferenceBody(String type, String value) {
    }

    public record PartyBody(String role, String name, AddressBody address) {
    }

    public record CostLineBody(String category, String description, BigDecimal amount, String currency) {
    }

    /** Inputs of a plan template; door locations default to the port, ramp or airport they are served from. */
    public record TemplateBody(String name, String departure, String arrival, List<String> transshipmentPorts,
                               String vesselName, String imo, String voyage, String flight,
                               String originDoorLocode, String destinationDoorLocode, String inlandRamp,
                               String railCarrier, String originTrucker, String destinationTrucker) {
    }

    public record VendorBody(String code, String name) {
    }

    public record LocationBody(String locode, String facility) {
    }

    public record ConveyanceBody(String name, String imo, String voyageOrFlight) {
    }

    public record LegBody(String type, String mode, VendorBody vendor, LocationBody from, LocationBody to,
                          String plannedStart, String plannedEnd, ConveyanceBody conveyance,
                          Map<String, String> cutoffs) {
    }

    public record PlanBody(List<LegBody> legs) {
    }

    /** Body of a plan change: a new template draft or a full plan, and the version it was based on. */
    public record PlanChange(TemplateBody template, PlanBody plan, Long version) {
    }

    public record CancelBody(String reason) {
    }
}

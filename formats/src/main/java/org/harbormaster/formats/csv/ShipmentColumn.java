package org.harbormaster.formats.csv;

import java.util.Locale;

/**
 * The columns of the shipment import CSV, in the order the layout writes them. Each knows its header,
 * whether every row must fill it, the format of its cells and an example value for the docs.
 */
public enum ShipmentColumn {
    REFERENCE(true, "text", "HM-2026-0001", "the forwarder's own shipment reference, unique in the file"),
    CUSTOMER_CODE(true, "text", "ACME01", "the customer's account code"),
    CUSTOMER_NAME(false, "text", "Acme Home Goods", "the customer's name; the code when blank"),
    TEMPLATE(true, "FCL_IMPORT_PORT_TO_DOOR, FCL_IMPORT_RAIL_TO_DOOR, FCL_EXPORT_DOOR_TO_PORT, LCL_VIA_CFS or "
            + "AIR_DOOR_TO_DOOR", "FCL_IMPORT_PORT_TO_DOOR",
            "the flow the plan is drafted from; the mode (FCL, LCL, air) follows from it"),
    DIRECTION(true, "IMPORT or EXPORT", "IMPORT", "seen from our office; the FCL templates fix it"),
    INCOTERM(false, "Incoterms 2020 code", "FOB", "the sale's delivery term"),
    ORIGIN(true, "UN/LOCODE", "CNYTN", "port or airport of loading"),
    DESTINATION(true, "UN/LOCODE", "USLGB", "port or airport of discharge"),
    TRANSSHIPMENT_PORTS(false, "UN/LOCODEs separated by ';' or spaces", "KRPUS; SGSIN",
            "hubs where the cargo changes vessel or flight, in order"),
    DEPARTURE(true, "ISO date-time or date", "2026-12-01 14:00",
            "main carriage ETD; without an offset it is local time at the origin; a date alone means 12:00"),
    ARRIVAL(true, "ISO date-time or date", "2026-12-15 08:00",
            "main carriage ETA; without an offset it is local time at the destination"),
    CARRIER(false, "SCAC (ocean) or 2-character IATA code (air)", "MAEU", "the ocean carrier or airline"),
    VESSEL(false, "text", "MAERSK EMDEN", "vessel name of the main carriage"),
    IMO(false, "IMO number", "IMO 9074729", "the vessel's IMO number"),
    VOYAGE(false, "text", "448E", "voyage number, or flight number for air"),
    CONTAINERS(false, "number and ISO size-type per container, ';' separated", "CSQU3054383 42G1; MWCU6059784 45G1",
            "the boxes of an FCL shipment; required for FCL"),
    PIECES(false, "whole number", "12", "number of packages; required for LCL and air"),
    WEIGHT_KG(false, "decimal with '.'", "860.5", "gross weight in kilograms; required for LCL and air"),
    VOLUME_CBM(false, "decimal with '.'", "4.2", "volume in cubic metres"),
    COMMODITY(false, "text", "Furniture", "what the cargo is"),
    BOOKING(false, "text; several separated by ';'", "260123456", "the carrier's booking number"),
    MASTER_BL(false, "text; several separated by ';'", "MAEU260123456", "master bill of lading (ocean)"),
    HOUSE_BL(false, "text; several separated by ';'", "HMLGB0001", "house bill of lading (ocean)"),
    MASTER_AWB(false, "air waybill: 3-digit airline prefix and 8-digit serial", "020-12345675",
            "master air waybill (air); its check digit is verified"),
    HOUSE_AWB(false, "text; several separated by ';'", "HMFRA0002", "house air waybill (air)"),
    CUSTOMER_REFERENCE(false, "text; several separated by ';'", "PO-88123", "the customer's order or reference"),
    REGION(true, "text", "AMERICAS", "the region whose operators run the shipment"),
    TEAM(false, "text", "LGB-IMPORT", "the team within the region"),
    PROMISED_DELIVERY(false, "ISO date", "2026-12-22", "the delivery date promised to the customer"),
    SHIPPER(false, "text", "Shenzhen Oak Furniture Co.", "the shipper's name"),
    CONSIGNEE(false, "text", "Acme Home Goods", "the consignee's name"),
    ORIGIN_DOOR_STREET(false, "text", "Hauptstrasse 5", "pick-up address; required by templates that start at a door"),
    ORIGIN_DOOR_CITY(false, "text", "Mannheim", "pick-up city; required with a pick-up address"),
    ORIGIN_DOOR_POSTAL_CODE(false, "text", "68159", "pick-up postal code"),
    ORIGIN_DOOR_COUNTRY(false, "ISO 3166 2-letter code", "DE", "pick-up country; required with a pick-up address"),
    ORIGIN_DOOR_LOCODE(false, "UN/LOCODE", "DEMHG", "UN/LOCODE of the pick-up place; required with a pick-up address"),
    DESTINATION_DOOR_STREET(false, "text", "1200 Industry Way",
            "delivery address; required by templates that end at a door"),
    DESTINATION_DOOR_CITY(false, "text", "Ontario", "delivery city; required with a delivery address"),
    DESTINATION_DOOR_POSTAL_CODE(false, "text", "91761", "delivery postal code"),
    DESTINATION_DOOR_COUNTRY(false, "ISO 3166 2-letter code", "US",
            "delivery country; required with a delivery address"),
    DESTINATION_DOOR_LOCODE(false, "UN/LOCODE", "USONT",
            "UN/LOCODE of the delivery place; required with a delivery address"),
    INLAND_RAMP(false, "UN/LOCODE", "USCHI", "rail ramp the container goes to; required for FCL_IMPORT_RAIL_TO_DOOR"),
    RAIL_CARRIER(false, "vendor code", "UPRR", "the railroad of the on-carriage"),
    ORIGIN_TRUCKER(false, "vendor code", "RHEIN-TRANS", "the trucker picking up at the origin door"),
    DESTINATION_TRUCKER(false, "vendor code", "SOCAL-DRAY", "the trucker delivering to the destination door"),
    BUDGET(false, "cost lines 'CATEGORY amount CURRENCY', ';' separated", "OCEAN_FREIGHT 2450.00 USD; DRAYAGE 650 USD",
            "the quoted cost: a cost category (OCEAN_FREIGHT, AIR_FREIGHT, DRAYAGE, RAIL, TRUCKING, CFS_HANDLING, "
                    + "CUSTOMS_BROKERAGE...), an amount and an ISO 4217 currency per line");

    private final String header;
    private final boolean required;
    private final String format;
    private final String example;
    private final String description;

    ShipmentColumn(boolean required, String format, String example, String description) {
        this.header = name().toLowerCase(Locale.ROOT);
        this.required = required;
        this.format = format;
        this.example = example;
        this.description = description;
    }

    /** The header as the layout writes it, e.g. {@code customer_code}. */
    public String header() {
        return header;
    }

    /** Whether every row must fill this column; others may still be needed by a template or mode. */
    public boolean isRequired() {
        return required;
    }

    public String format() {
        return format;
    }

    public String example() {
        return example;
    }

    public String description() {
        return description;
    }
}

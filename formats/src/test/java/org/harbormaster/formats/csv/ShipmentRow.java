package org.harbormaster.formats.csv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data: one import row, starting from a valid booking of a template and changed cell by cell,
 * e.g. {@code aRow().fclImportToDoor().with("containers", "CSQU3054384 42G1")}.
 */
final class ShipmentRow {

    private final Map<String, String> cells = new LinkedHashMap<>();

    private ShipmentRow() {
        for (ShipmentColumn column : ShipmentColumn.values()) {
            cells.put(column.header(), "");
        }
    }

    static ShipmentRow fclImportToDoor() {
        return new ShipmentRow()
                .with("reference", "HM-T-0001").with("customer_code", "ACME01").with("customer_name", "Acme Home Goods")
                .with("template", "FCL_IMPORT_PORT_TO_DOOR").with("direction", "IMPORT").with("incoterm", "FOB")
                .with("origin", "CNYTN").with("destination", "USLGB")
                .with("departure", "2026-12-01 14:00").with("arrival", "2026-12-15 08:00")
                .with("carrier", "MAEU").with("vessel", "MAERSK EMDEN").with("imo", "IMO 9074729").with("voyage", "448E")
                .with("containers", "CSQU3054383 42G1; MWCU6059784 45G1").with("weight_kg", "18400")
                .with("booking", "260123456").with("master_bl", "MAEU260123456").with("house_bl", "HMLGB0001")
                .with("region", "AMERICAS").with("team", "LGB-IMPORT").with("promised_delivery", "2026-12-22")
                .with("destination_door_street", "1200 Industry Way").with("destination_door_city", "Ontario")
                .with("destination_door_postal_code", "91761").with("destination_door_country", "US")
                .with("destination_door_locode", "USONT").with("destination_trucker", "SOCAL-DRAY")
                .with("budget", "OCEAN_FREIGHT 2450.00 USD; DRAYAGE 650 USD");
    }

    static ShipmentRow fclImportRailToDoor() {
        return fclImportToDoor().with("reference", "HM-T-0002").with("template", "FCL_IMPORT_RAIL_TO_DOOR")
                .with("inland_ramp", "USCHI").with("rail_carrier", "BNSF")
                .with("destination_door_street", "2500 Channahon Road").with("destination_door_city", "Joliet")
                .with("destination_door_postal_code", "60436").with("destination_door_locode", "USJOT")
                .with("destination_trucker", "WINDY-CITY-EXP")
                .with("budget", "OCEAN_FREIGHT 2450.00 USD; RAIL 1800.00 USD; DRAYAGE 380.00 USD");
    }

    static ShipmentRow fclExportDoorToPort() {
        return fclImportToDoor().with("reference", "HM-T-0003").with("template", "FCL_EXPORT_DOOR_TO_PORT")
                .with("direction", "EXPORT").with("origin", "USLGB").with("destination", "CNYTN")
                .with("departure", "2026-12-01 14:00").with("arrival", "2026-12-16 18:00")
                .with("origin_door_street", "1200 Industry Way").with("origin_door_city", "Ontario")
                .with("origin_door_country", "US").with("origin_door_locode", "USONT")
                .with("origin_trucker", "SOCAL-DRAY")
                .withoutDestinationDoor().with("destination_trucker", "");
    }

    static ShipmentRow lclViaCfs() {
        return new ShipmentRow()
                .with("reference", "HM-T-0004").with("customer_code", "KITE22").with("template", "LCL_VIA_CFS")
                .with("direction", "IMPORT").with("origin", "HKHKG").with("destination", "GBFXT")
                .with("transshipment_ports", "SGSIN").with("departure", "2026-12-05").with("arrival", "2027-01-08")
                .with("carrier", "CMDU").with("pieces", "8").with("weight_kg", "2150.5").with("volume_cbm", "6.8")
                .with("house_bl", "HMFXT0003").with("region", "EUROPE")
                .with("origin_door_street", "18 Wang Chiu Road").with("origin_door_city", "Kowloon Bay")
                .with("origin_door_country", "HK").with("origin_door_locode", "HKHKG")
                .with("destination_door_street", "Unit 4, Tyburn Trading Estate")
                .with("destination_door_city", "Birmingham").with("destination_door_postal_code", "B35 6BT")
                .with("destination_door_country", "GB").with("destination_door_locode", "GBBHM")
                .with("budget", "OCEAN_FREIGHT 38.50 USD; CFS_HANDLING 120.00 GBP; TRUCKING 95 GBP");
    }

    static ShipmentRow airDoorToDoor() {
        return new ShipmentRow()
                .with("reference", "HM-T-0005").with("customer_code", "BOLT07").with("template", "AIR_DOOR_TO_DOOR")
                .with("direction", "EXPORT").with("origin", "DEFRA").with("destination", "USORD")
                .with("departure", "2026-12-03T16:30+01:00").with("arrival", "2026-12-03 19:45")
                .with("carrier", "LH").with("voyage", "LH8160")
                .with("pieces", "12").with("weight_kg", "860.5").with("volume_cbm", "4.2")
                .with("master_awb", "020-12345675").with("house_awb", "HMFRA0002").with("region", "EUROPE")
                .with("origin_door_street", "Hauptstrasse 5").with("origin_door_city", "Mannheim")
                .with("origin_door_postal_code", "68159").with("origin_door_country", "DE")
                .with("origin_door_locode", "DEMHG")
                .with("destination_door_street", "2500 Channahon Road").with("destination_door_city", "Joliet")
                .with("destination_door_country", "US").with("destination_door_locode", "USJOT")
                .with("budget", "AIR_FREIGHT 3870.00 EUR; TRUCKING 420 EUR");
    }

    ShipmentRow with(String column, String value) {
        if (!cells.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column + " in the layout");
        }
        cells.put(column, value);
        return this;
    }

    ShipmentRow withoutDestinationDoor() {
        return with("destination_door_street", "").with("destination_door_city", "")
                .with("destination_door_postal_code", "").with("destination_door_country", "")
                .with("destination_door_locode", "");
    }

    String get(String column) {
        return cells.get(column);
    }

    Map<String, String> cells() {
        return cells;
    }
}

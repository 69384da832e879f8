package org.harbormaster.formats.csv;

import static org.harbormaster.formats.csv.ShipmentColumn.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * The shipment import layout: its columns in order, the header row, and example rows an operator can copy.
 * {@link #template()} is the file handed out as a starting point; it reads back without a problem.
 */
public final class ShipmentCsvLayout {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private static final List<Map<ShipmentColumn, String>> EXAMPLES = List.of(
            fclImportToDoor(), airDoorToDoor(), lclViaCfs());

    private ShipmentCsvLayout() {
    }

    public static List<ShipmentColumn> columns() {
        return List.of(ShipmentColumn.values());
    }

    /** The header row, e.g. {@code reference,customer_code,...}, without a line break. */
    public static String header() {
        return FORMAT.format(Arrays.stream(ShipmentColumn.values()).map(ShipmentColumn::header).toArray());
    }

    /** Example rows: an FCL import delivered to a door, an air shipment door to door, an LCL via CFS. */
    public static List<String> exampleRows() {
        return EXAMPLES.stream().map(ShipmentCsvLayout::line).toList();
    }

    /** The header and the example rows, each line ending in a line break: a file ready to fill in. */
    public static String template() {
        StringBuilder file = new StringBuilder(header()).append('\n');
        exampleRows().forEach(row -> file.append(row).append('\n'));
        return file.toString();
    }

    private static String line(Map<ShipmentColumn, String> example) {
        return FORMAT.format(Arrays.stream(ShipmentColumn.values()).map(c -> example.getOrDefault(c, "")).toArray());
    }

    private static Map<ShipmentColumn, String> fclImportToDoor() {
        Map<ShipmentColumn, String> row = new EnumMap<>(ShipmentColumn.class);
        row.put(REFERENCE, "HM-2026-0001");
        row.put(CUSTOMER_CODE, "ACME01");
        row.put(CUSTOMER_NAME, "Acme Home Goods");
        row.put(TEMPLATE, "FCL_IMPORT_PORT_TO_DOOR");
        row.put(DIRECTION, "IMPORT");
        row.put(INCOTERM, "FOB");
        row.put(ORIGIN, "CNYTN");
        row.put(DESTINATION, "USLGB");
        row.put(DEPARTURE, "2026-12-01 14:00");
        row.put(ARRIVAL, "2026-12-15 08:00");
        row.put(CARRIER, "MAEU");
        row.put(VESSEL, "MAERSK EMDEN");
        row.put(IMO, "IMO 9074729");
        row.put(VOYAGE, "448E");
        row.put(CONTAINERS, "CSQU3054383 42G1; MWCU6059784 45G1");
        row.put(WEIGHT_KG, "18400");
        row.put(COMMODITY, "Furniture");
        row.put(BOOKING, "260123456");
        row.put(MASTER_BL, "MAEU260123456");
        row.put(HOUSE_BL, "HMLGB0001");
        row.put(CUSTOMER_REFERENCE, "PO-88123");
        row.put(REGION, "AMERICAS");
        row.put(TEAM, "LGB-IMPORT");
        row.put(PROMISED_DELIVERY, "2026-12-22");
        row.put(SHIPPER, "Shenzhen Oak Furniture Co.");
        row.put(CONSIGNEE, "Acme Home Goods");
        row.put(DESTINATION_DOOR_STREET, "1200 Industry Way");
        row.put(DESTINATION_DOOR_CITY, "Ontario");
        row.put(DESTINATION_DOOR_POSTAL_CODE, "91761");
        row.put(DESTINATION_DOOR_COUNTRY, "US");
        row.put(DESTINATION_DOOR_LOCODE, "USONT");
        row.put(DESTINATION_TRUCKER, "SOCAL-DRAY");
        row.put(BUDGET, "OCEAN_FREIGHT 2450.00 USD; DRAYAGE 650.00 USD; CUSTOMS_BROKERAGE 175.00 USD");
        return row;
    }

    private static Map<ShipmentColumn, String> airDoorToDoor() {
        Map<ShipmentColumn, String> row = new EnumMap<>(ShipmentColumn.class);
        row.put(REFERENCE, "HM-2026-0002");
        row.put(CUSTOMER_CODE, "BOLT07");
        row.put(CUSTOMER_NAME, "Bolt Robotics");
        row.put(TEMPLATE, "AIR_DOOR_TO_DOOR");
        row.put(DIRECTION, "EXPORT");
        row.put(INCOTERM, "FCA");
        row.put(ORIGIN, "DEFRA");
        row.put(DESTINATION, "USORD");
        row.put(DEPARTURE, "2026-12-03T16:30+01:00");
        row.put(ARRIVAL, "2026-12-03 19:45");
        row.put(CARRIER, "LH");
        row.put(VOYAGE, "LH8160");
        row.put(PIECES, "12");
        row.put(WEIGHT_KG, "860.5");
        row.put(VOLUME_CBM, "4.2");
        row.put(COMMODITY, "Robot arm spare parts");
        row.put(MASTER_AWB, "020-12345675");
        row.put(HOUSE_AWB, "HMFRA0002");
        row.put(CUSTOMER_REFERENCE, "PO-4471");
        row.put(REGION, "EUROPE");
        row.put(TEAM, "FRA-AIR");
        row.put(PROMISED_DELIVERY, "2026-12-07");
        row.put(SHIPPER, "Rhein Robotik GmbH");
        row.put(CONSIGNEE, "Bolt Robotics Inc.");
        row.put(ORIGIN_DOOR_STREET, "Hauptstrasse 5");
        row.put(ORIGIN_DOOR_CITY, "Mannheim");
        row.put(ORIGIN_DOOR_POSTAL_CODE, "68159");
        row.put(ORIGIN_DOOR_COUNTRY, "DE");
        row.put(ORIGIN_DOOR_LOCODE, "DEMHG");
        row.put(DESTINATION_DOOR_STREET, "2500 Channahon Road");
        row.put(DESTINATION_DOOR_CITY, "Joliet");
        row.put(DESTINATION_DOOR_POSTAL_CODE, "60436");
        row.put(DESTINATION_DOOR_COUNTRY, "US");
        row.put(DESTINATION_DOOR_LOCODE, "USJOT");
        row.put(ORIGIN_TRUCKER, "RHEIN-TRANS");
        row.put(DESTINATION_TRUCKER, "WINDY-CITY-EXP");
        row.put(BUDGET, "AIR_FREIGHT 3870.00 EUR; TRUCKING 420.00 EUR; TRUCKING 380.00 USD");
        return row;
    }

    private static Map<ShipmentColumn, String> lclViaCfs() {
        Map<ShipmentColumn, String> row = new EnumMap<>(ShipmentColumn.class);
        row.put(REFERENCE, "HM-2026-0003");
        row.put(CUSTOMER_CODE, "KITE22");
        row.put(CUSTOMER_NAME, "Kite Outdoor Ltd");
        row.put(TEMPLATE, "LCL_VIA_CFS");
        row.put(DIRECTION, "IMPORT");
        row.put(INCOTERM, "FCA");
        row.put(ORIGIN, "HKHKG");
        row.put(DESTINATION, "GBFXT");
        row.put(TRANSSHIPMENT_PORTS, "SGSIN");
        row.put(DEPARTURE, "2026-12-05");
        row.put(ARRIVAL, "2027-01-08");
        row.put(CARRIER, "CMDU");
        row.put(VESSEL, "CMA CGM JACQUES SAADE");
        row.put(IMO, "9839131");
        row.put(VOYAGE, "0FLE1W1MA");
        row.put(PIECES, "8");
        row.put(WEIGHT_KG, "2150.5");
        row.put(VOLUME_CBM, "6.8");
        row.put(COMMODITY, "Camping tents");
        row.put(HOUSE_BL, "HMFXT0003");
        row.put(REGION, "EUROPE");
        row.put(TEAM, "UK-LCL");
        row.put(PROMISED_DELIVERY, "2027-01-15");
        row.put(SHIPPER, "Kowloon Tents Ltd");
        row.put(CONSIGNEE, "Kite Outdoor Ltd");
        row.put(ORIGIN_DOOR_STREET, "18 Wang Chiu Road");
        row.put(ORIGIN_DOOR_CITY, "Kowloon Bay");
        row.put(ORIGIN_DOOR_COUNTRY, "HK");
        row.put(ORIGIN_DOOR_LOCODE, "HKHKG");
        row.put(DESTINATION_DOOR_STREET, "Unit 4, Tyburn Trading Estate");
        row.put(DESTINATION_DOOR_CITY, "Birmingham");
        row.put(DESTINATION_DOOR_POSTAL_CODE, "B35 6BT");
        row.put(DESTINATION_DOOR_COUNTRY, "GB");
        row.put(DESTINATION_DOOR_LOCODE, "GBBHM");
        row.put(ORIGIN_TRUCKER, "HK-LOGI");
        row.put(DESTINATION_TRUCKER, "MIDLANDS-LTL");
        row.put(BUDGET, "OCEAN_FREIGHT 38.50 USD; CFS_HANDLING 120.00 GBP; TRUCKING 95.00 GBP");
        return row;
    }
}

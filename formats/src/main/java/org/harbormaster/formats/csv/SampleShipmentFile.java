package org.harbormaster.formats.csv;

import org.harbormaster.identity.ContainerNumber;

/**
 * Import files of any size for load tests and benchmarks: the layout's FCL import example repeated with a
 * unique reference, booking and container number on every row.
 */
public final class SampleShipmentFile {

    private static final int REFERENCE = ShipmentColumn.REFERENCE.ordinal();
    private static final int CONTAINERS = ShipmentColumn.CONTAINERS.ordinal();
    private static final int BOOKING = ShipmentColumn.BOOKING.ordinal();
    private static final int MASTER_BL = ShipmentColumn.MASTER_BL.ordinal();
    private static final int HOUSE_BL = ShipmentColumn.HOUSE_BL.ordinal();

    private SampleShipmentFile() {
    }

    /**
     * A file of {@code rows} valid shipments whose references start with {@code prefix}; the row numbered
     * {@code badRow} as a spreadsheet numbers it (header = 1) gets a container with a wrong check digit,
     * or none when {@code badRow} is 0.
     */
    public static String csv(String prefix, int rows, int badRow) {
        String[] cells = ShipmentCsvLayout.exampleRows().get(0).split(",", -1);
        StringBuilder csv = new StringBuilder(ShipmentCsvLayout.header()).append('\n');
        for (int i = 0; i < rows; i++) {
            String firstTen = "HMCU" + String.format("%06d", i % 1_000_000);
            int checkDigit = ContainerNumber.checkDigit(firstTen);
            boolean bad = i + 2 == badRow;
            cells[REFERENCE] = prefix + "-" + i;
            cells[CONTAINERS] = firstTen + (bad ? (checkDigit + 1) % 10 : checkDigit) + " 45G1";
            cells[BOOKING] = prefix + "BK" + i;
            cells[MASTER_BL] = "";
            cells[HOUSE_BL] = "";
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }
}

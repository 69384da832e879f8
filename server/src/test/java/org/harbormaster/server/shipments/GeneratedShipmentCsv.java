package org.harbormaster.server.shipments;

import org.harbormaster.formats.csv.ShipmentCsvLayout;
import org.harbormaster.identity.ContainerNumber;

/** Import files of any size, made from the documented FCL example row with unique references and boxes. */
public final class GeneratedShipmentCsv {

    private GeneratedShipmentCsv() {
    }

    /** {@code rows} data rows; where {@code badRow} (a spreadsheet row number, header = 1) has a wrong check digit. */
    public static String withRows(String prefix, int rows, int badRow) {
        String example = ShipmentCsvLayout.exampleRows().get(0);
        String[] cells = example.split(",", -1);
        StringBuilder csv = new StringBuilder(ShipmentCsvLayout.header()).append('\n');
        for (int i = 0; i < rows; i++) {
            int spreadsheetRow = i + 2;
            String firstTen = "HMCU" + String.format("%06d", i);
            String container = firstTen + ContainerNumber.checkDigit(firstTen);
            if (spreadsheetRow == badRow) {
                container = firstTen + (ContainerNumber.checkDigit(firstTen) + 1) % 10;
            }
            cells[0] = prefix + "-" + i;
            cells[15] = container + " 45G1";
            cells[20] = prefix + "BK" + i;
            cells[21] = "";
            cells[22] = "";
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }
}

package org.harbormaster.formats.csv;

import java.util.Objects;
import org.harbormaster.shipment.Shipment;

/** A row that became a booked shipment; the row number is the spreadsheet's (the header is row 1). */
public record ImportedRow(int rowNumber, Shipment shipment) {

    public ImportedRow {
        Objects.requireNonNull(shipment, "shipment");
    }
}

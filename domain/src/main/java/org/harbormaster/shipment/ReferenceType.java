package org.harbormaster.shipment;

/** The numbers carriers, airlines and the customer know a shipment by. */
public enum ReferenceType {
    BOOKING,
    MASTER_BILL_OF_LADING,
    HOUSE_BILL_OF_LADING,
    MASTER_AIR_WAYBILL,
    HOUSE_AIR_WAYBILL,
    CUSTOMER_REFERENCE,
    PURCHASE_ORDER
}

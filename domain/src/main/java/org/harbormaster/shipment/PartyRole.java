package org.harbormaster.shipment;

public enum PartyRole {
    SHIPPER,
    CONSIGNEE,
    NOTIFY_PARTY,
    CUSTOMS_BROKER
}

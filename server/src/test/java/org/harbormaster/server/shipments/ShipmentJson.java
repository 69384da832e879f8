package org.harbormaster.server.shipments;

/** Request bodies for API tests, written as an operator's booking would read. */
final class ShipmentJson {

    private ShipmentJson() {
    }

    static String fclImport(String reference, String container, String destination, String sizeType) {
        return """
                {
                  "reference": "%s",
                  "customer": {"code": "ACME01", "name": "Acme Retail"},
                  "direction": "IMPORT",
                  "incoterm": "FOB",
                  "origin": {"locode": "CNYTN"},
                  "destination": {"locode": "%s",
                                  "door": {"street": "1200 Warehouse Way", "city": "Long Beach",
                                           "postalCode": "90802", "countryCode": "US"}},
                  "cargo": {"containers": [{"number": "%s", "sizeType": "%s"}], "weightKg": 18250},
                  "references": [{"type": "BOOKING", "value": "BK-%s"},
                                 {"type": "MASTER_BILL_OF_LADING", "value": "MAEU2%s"}],
                  "carrier": "MAEU",
                  "region": "US-WEST",
                  "team": "Transpacific Imports",
                  "promisedDelivery": "2026-12-24",
                  "budget": [{"category": "OCEAN_FREIGHT", "amount": 2450.00, "currency": "USD"},
                             {"category": "DRAYAGE", "description": "to door", "amount": 650, "currency": "USD"}],
                  "template": {"name": "FCL_IMPORT_PORT_TO_DOOR",
                               "departure": "2026-12-01T14:00:00+08:00",
                               "arrival": "2026-12-16T06:00:00-08:00",
                               "vesselName": "MAERSK ESSEN", "imo": "9074729", "voyage": "251E",
                               "destinationTrucker": "DRAY1"}
                }
                """.formatted(reference, destination, container, sizeType, reference, reference.hashCode() & 0xffff);
    }

    static String airDoorToDoor(String reference) {
        return """
                {
                  "reference": "%s",
                  "customer": {"code": "GADGET", "name": "Gadget Labs"},
                  "direction": "IMPORT",
                  "origin": {"locode": "HKHKG", "door": {"street": "8 Kwai Fung Crescent", "city": "Kwai Chung",
                                                         "countryCode": "HK"}},
                  "destination": {"locode": "USORD", "door": {"street": "400 Busse Rd", "city": "Elk Grove Village",
                                                              "postalCode": "60007", "countryCode": "US"}},
                  "cargo": {"pieces": 12, "weightKg": 840.5, "volumeCbm": 4.2},
                  "references": [{"type": "MASTER_AIR_WAYBILL", "value": "160-12345675"}],
                  "region": "US-CENTRAL",
                  "template": {"name": "AIR_DOOR_TO_DOOR", "flight": "CX096",
                               "departure": "2026-12-01T01:30:00+08:00", "arrival": "2026-12-01T04:10:00-06:00",
                               "destinationDoorLocode": "USCHI"}
                }
                """.formatted(reference);
    }
}

package org.harbormaster.shipment;

/** Lets tests of other packages use the shipment fixtures. */
public final class ShipmentFixturesAccess {

    private ShipmentFixturesAccess() {
    }

    public static ShipmentDetails details() {
        return ShipmentFixtures.fclImportDetails();
    }
}

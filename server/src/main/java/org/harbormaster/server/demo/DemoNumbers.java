package org.harbormaster.server.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.harbormaster.identity.AirWaybill;
import org.harbormaster.identity.ContainerNumber;

/**
 * Carrier and forwarder numbers in the shapes the trade writes them: container numbers and air waybills
 * with their real check digits, bookings and bills of lading in each carrier's habit. Remembers the
 * container numbers it issued so no box travels on two shipments at once.
 */
final class DemoNumbers {

    private final Random random;
    private final Set<String> containersIssued = new HashSet<>();

    DemoNumbers(Random random) {
        this.random = random;
    }

    /** A new container number under one of the carrier's owner codes (e.g. {@code MSKU}). */
    ContainerNumber container(String ownerCode) {
        while (true) {
            String firstTen = ownerCode + digits(6);
            String number = firstTen + ContainerNumber.checkDigit(firstTen);
            if (containersIssued.add(number)) {
                return ContainerNumber.of(number);
            }
        }
    }

    /** A master air waybill: the airline's prefix, seven serial digits and their mod-7 check digit. */
    AirWaybill masterAirWaybill(String airlinePrefix) {
        String serial = digits(7);
        return AirWaybill.of(airlinePrefix + serial + AirWaybill.checkDigit(serial));
    }

    /** A carrier booking number in roughly the carrier's own format. */
    String booking(String scac, String originPort) {
        return switch (scac) {
            case "MAEU" -> "2" + digits(8);
            case "HLCU" -> digits(8);
            case "MSCU" -> "EBKG" + digits(8);
            case "ONEY" -> originPort.substring(2) + "F" + digits(8);
            case "COSU" -> "6" + digits(9);
            case "EGLV" -> "14" + digits(10);
            case "CMDU" -> originPort.substring(2) + digits(7);
            default -> digits(10);
        };
    }

    /** The carrier's master bill of lading: its SCAC and a serial, e.g. {@code MAEU123456789}. */
    String masterBillOfLading(String scac) {
        return scac + digits(scac.equals("COSU") || scac.equals("EGLV") ? 10 : 9);
    }

    /** Our own house bill of lading. */
    String houseBillOfLading() {
        return "HMBL" + digits(8);
    }

    /** Our own house air waybill. */
    String houseAirWaybill() {
        return "HMAW" + digits(7);
    }

    /** The customer's purchase order: some write SAP numbers, some their own prefix. */
    String purchaseOrder(String customerCode) {
        return random.nextBoolean() ? "45" + digits(8) : "PO-" + customerCode.substring(0, 4) + "-" + digits(5);
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}

package org.harbormaster.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;

/**
 * A realistic event load: FCL imports from Asia to US ports whose plans lie in the past, and for each the
 * DCSA 2.2 events a carrier sends about them: an estimate, then the actual, for every milestone DCSA has a
 * code for (load, departure, arrival, discharge, gate-out, delivery, empty return). Actuals run late or
 * early by up to a few days, as the schedule-reliability figures in shared/data/calibration say they do.
 */
public final class IngestWorkload {

    private static final String[] ORIGINS = {"CNYTN", "CNSHA", "CNNGB", "VNSGN", "KRPUS"};
    private static final String[] DESTINATIONS = {"USLGB", "USLAX", "USOAK", "USSEA", "USNYC"};
    private static final String CARRIER = "MAEU";

    /** One shipment and the events about it, each a DCSA event object as JSON text. */
    public record ShipmentEvents(Shipment shipment, List<String> events) {
    }

    private IngestWorkload() {
    }

    public static List<ShipmentEvents> generate(String prefix, int shipments, Instant now, long seed) {
        Random random = new Random(seed);
        List<ShipmentEvents> workload = new ArrayList<>(shipments);
        for (int i = 0; i < shipments; i++) {
            Shipment shipment = shipment(prefix, i, now, random);
            workload.add(new ShipmentEvents(shipment, events(shipment, now, random)));
        }
        return workload;
    }

    /** A JSON array of DCSA events: one message. */
    public static String message(List<String> events) {
        return "[" + String.join(",", events) + "]";
    }

    private static Shipment shipment(String prefix, int i, Instant now, Random random) {
        UnLocode origin = UnLocode.of(ORIGINS[random.nextInt(ORIGINS.length)]);
        UnLocode destination = UnLocode.of(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
        Instant departure = now.minus(Duration.ofDays(40 + random.nextInt(10))).truncatedTo(ChronoUnit.HOURS);
        Instant arrival = departure.plus(Duration.ofDays(14 + random.nextInt(6)));
        String firstTen = "HMBU" + String.format("%06d", i % 1_000_000);
        ContainerNumber box = ContainerNumber.of(firstTen + ContainerNumber.checkDigit(firstTen));
        PlanInputs inputs = PlanInputs.between(origin, destination).sailing(departure, arrival)
                .carrier(new Vendor(CARRIER, "Maersk"), Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E"))
                .deliveringTo(new Location(destination, "door"), new Vendor("DRAY1", null)).build();
        ShipmentDetails details = new ShipmentDetails(prefix + "-" + i, new Customer("BENCH", "Benchmark Co"),
                Mode.OCEAN_FCL, Direction.IMPORT, null, List.of(), Place.port(origin), Place.port(destination),
                Cargo.ofContainers(List.of(new Container(box, SizeType.of("45G1")))),
                List.of(new CarrierReference(ReferenceType.BOOKING, prefix + "BK" + i)), Scac.of(CARRIER), "BENCH",
                null, null, null);
        return Shipment.book(ShipmentId.random(), details, PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(inputs),
                departure.minus(Duration.ofDays(30)));
    }

    private static List<String> events(Shipment shipment, Instant now, Random random) {
        List<String> events = new ArrayList<>();
        Duration delay = Duration.ofHours(random.nextInt(120) - 24);
        String box = shipment.details().cargo().containers().get(0).number().toString();
        String booking = shipment.details().references().get(0).value();
        for (Milestone m : shipment.milestones()) {
            String[] code = dcsaCode(m);
            if (code == null) {
                continue;
            }
            Instant actual = m.planned().plus(delay);
            if (actual.isAfter(now.minus(Duration.ofHours(1)))) {
                actual = now.minus(Duration.ofHours(1));
            }
            Instant estimateMade = m.planned().minus(Duration.ofDays(2));
            events.add(event(code, "EST", actual.plus(Duration.ofHours(random.nextInt(12))), estimateMade, m, box, booking));
            events.add(event(code, "ACT", actual, actual.plus(Duration.ofMinutes(20 + random.nextInt(40))), m, box, booking));
        }
        return events;
    }

    /** Event type, code and empty indicator for a milestone, or null where DCSA 2.2 has none. */
    private static String[] dcsaCode(Milestone m) {
        return switch (m.type()) {
            case LOADED -> new String[]{"EQUIPMENT", "LOAD", "LADEN"};
            case DEPARTED -> new String[]{"TRANSPORT", "DEPA", null};
            case ARRIVED -> new String[]{"TRANSPORT", "ARRI", null};
            case DISCHARGED -> new String[]{"EQUIPMENT", "DISC", "LADEN"};
            case GATE_OUT -> new String[]{"EQUIPMENT", "GTOT", "LADEN"};
            case DELIVERED -> new String[]{"EQUIPMENT", "DROP", "LADEN"};
            case EMPTY_RETURNED -> new String[]{"EQUIPMENT", "GTIN", "EMPTY"};
            default -> null;
        };
    }

    private static String event(String[] code, String classifier, Instant at, Instant created, Milestone m,
                                String box, String booking) {
        String place = m.location().locode().toString();
        String transportCall = """
                "transportCall":{"transportCallID":"%s","carrierServiceCode":"TP1","exportVoyageNumber":"251E",\
                "transportCallSequenceNumber":1,"UNLocationCode":"%s","facilityTypeCode":"POTE",\
                "modeOfTransport":"VESSEL","vessel":{"vesselIMONumber":"9074729","vesselName":"MAERSK ESSEN",\
                "vesselFlag":"DK","vesselOperatorCarrierCode":"MAEU","vesselOperatorCarrierCodeListProvider":"NMFTA"}}"""
                .formatted(UUID.nameUUIDFromBytes((place + box).getBytes()), place);
        String common = "\"eventID\":\"%s\",\"eventCreatedDateTime\":\"%s\",\"eventType\":\"%s\",\"eventClassifierCode\":\"%s\",\"eventDateTime\":\"%s\""
                .formatted(UUID.randomUUID(), created, code[0], classifier, at);
        String refs = "\"documentReferences\":[{\"documentReferenceType\":\"BKG\",\"documentReferenceValue\":\"%s\"}],"
                .formatted(booking) + "\"references\":[{\"referenceType\":\"EQ\",\"referenceValue\":\"%s\"}]".formatted(box);
        if (code[0].equals("TRANSPORT")) {
            return "{" + common + ",\"transportEventTypeCode\":\"" + code[1] + "\"," + transportCall + "," + refs + "}";
        }
        return "{" + common + ",\"equipmentEventTypeCode\":\"" + code[1] + "\",\"equipmentReference\":\"" + box
                + "\",\"ISOEquipmentCode\":\"45GP\",\"emptyIndicatorCode\":\"" + code[2]
                + "\",\"eventLocation\":{\"UNLocationCode\":\"" + place + "\"}," + transportCall + "," + refs + "}";
    }
}

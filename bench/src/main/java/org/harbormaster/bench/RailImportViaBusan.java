package org.harbormaster.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;

/**
 * A 40' high cube from Yantian to a door in Chicago: Maersk to Los Angeles via Busan, BNSF rail to the
 * Chicago ramp, then drayage. Nine legs (origin terminal, two vessel legs around the Busan transshipment,
 * the Los Angeles terminal, rail, the ramp, delivery, empty return) drafted by
 * {@link PlanTemplate#FCL_IMPORT_RAIL_TO_DOOR}.
 */
final class RailImportViaBusan {

    static final UnLocode YANTIAN = UnLocode.of("CNYTN");
    static final UnLocode BUSAN = UnLocode.of("KRPUS");
    static final UnLocode LOS_ANGELES = UnLocode.of("USLAX");
    static final UnLocode CHICAGO = UnLocode.of("USCHI");
    static final Vendor MAERSK = new Vendor("MAEU", "Maersk");
    static final Vendor BNSF = new Vendor("BNSF", "BNSF Railway");
    static final Vendor DRAYAGE = new Vendor("WCDR", "Windy City Drayage");
    static final ContainerNumber BOX = ContainerNumber.of("CSQU3054383");
    static final Instant ETD = Instant.parse("2026-12-01T06:00:00Z");
    static final Instant ETA = Instant.parse("2026-12-17T06:00:00Z");

    private RailImportViaBusan() {
    }

    /** Booked three weeks before sailing; no estimates or actuals yet. */
    static Shipment booked() {
        return Shipment.book(ShipmentId.random(), details(), plan(), ETD.minus(Duration.ofDays(21)));
    }

    static Plan plan() {
        PlanInputs inputs = PlanInputs.between(YANTIAN, LOS_ANGELES)
                .sailing(ETD, ETA).via(BUSAN)
                .carrier(MAERSK, Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E"))
                .byRailTo(CHICAGO, BNSF)
                .deliveringTo(new Location(CHICAGO, "door: 2400 W Logistics Pkwy"), DRAYAGE)
                .build();
        return PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR.draft(inputs);
    }

    private static ShipmentDetails details() {
        return new ShipmentDetails("HM26-004217", new Customer("ACME01", "Acme Retail"), Mode.OCEAN_FCL,
                Direction.IMPORT, null, List.of(), Place.port(YANTIAN),
                new Place(CHICAGO, new Address("2400 W Logistics Pkwy", "Chicago", "60608", "US")),
                Cargo.ofContainers(List.of(new Container(BOX, SizeType.of("45G1")))),
                List.of(new CarrierReference(ReferenceType.BOOKING, "MAEU240817")), Scac.of("MAEU"), "US-MIDWEST",
                "Transpacific Imports", null, null);
    }
}

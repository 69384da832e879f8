package org.harbormaster.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;

/** Test data as the trade talks: a Yantian to Long Beach FCL import delivered to a door in Ontario, CA. */
final class ShipmentFixtures {

    static final Instant ETD = Instant.parse("2026-12-01T06:00:00Z");
    static final Instant ETA = Instant.parse("2026-12-16T14:00:00Z");

    private ShipmentFixtures() {
    }

    static UnLocode at(String code) {
        return UnLocode.of(code);
    }

    static Location door(String locode) {
        return new Location(at(locode), "door: 1200 Warehouse Way");
    }

    static PlanInputs.Builder yantianToLongBeach() {
        return PlanInputs.between(at("CNYTN"), at("USLGB"))
                .sailing(ETD, ETA)
                .carrier(new Vendor("MAEU", "Maersk"), Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E"))
                .deliveringTo(door("USLGB"), new Vendor("DRAY1", "Harbor Dray"));
    }

    static ShipmentDetails fclImportDetails() {
        return new ShipmentDetails("HM26-000001", new Customer("ACME01", "Acme Retail"), Mode.OCEAN_FCL,
                Direction.IMPORT, null, List.of(), Place.port(at("CNYTN")),
                new Place(at("USLGB"), new Address("1200 Warehouse Way", "Long Beach", "90802", "US")),
                Cargo.ofContainers(List.of(new Container(ContainerNumber.of("CSQU3054383"), SizeType.of("45G1")))),
                List.of(new CarrierReference(ReferenceType.BOOKING, "MAEU123456")), Scac.of("MAEU"), "US-WEST",
                "Transpacific Imports", null,
                new Budget(List.of(new CostLine(CostCategory.OCEAN_FREIGHT, "CNYTN-USLGB", Money.of("2450.00", "USD")),
                        new CostLine(CostCategory.DRAYAGE, "to door", Money.of("650", "USD")))));
    }

    static Shipment bookedFclImport() {
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(yantianToLongBeach().build());
        return Shipment.book(ShipmentId.random(), fclImportDetails(), plan, ETD.minusSeconds(86_400 * 10));
    }

    static Cargo airCargo() {
        return Cargo.ofPieces(12, new BigDecimal("840.5"), new BigDecimal("4.2"));
    }
}

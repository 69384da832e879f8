package org.harbormaster.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.shipment.Vendor;

/** Test data: a Yantian to Long Beach FCL import via Busan, and events about it as carriers send them. */
final class Events {

    static final Instant ETD = Instant.parse("2026-12-01T06:00:00Z");
    static final Instant ETA = Instant.parse("2026-12-18T14:00:00Z");
    static final ContainerNumber BOX = ContainerNumber.of("CSQU3054383");
    static final EventSource CARRIER = new EventSource(EventFormat.DCSA, "MAEU");

    private Events() {
    }

    static Shipment viaBusan() {
        PlanInputs inputs = PlanInputs.between(UnLocode.of("CNYTN"), UnLocode.of("USLGB"))
                .sailing(ETD, ETA).via(UnLocode.of("KRPUS"))
                .carrier(new Vendor("MAEU", "Maersk"), Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E"))
                .deliveringTo(new Location(UnLocode.of("USLGB"), "door"), null).build();
        return Shipment.book(ShipmentId.random(), org.harbormaster.shipment.ShipmentFixturesAccess.details(),
                PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(inputs), ETD.minus(Duration.ofDays(20)));
    }

    static MilestoneEvent event(String key, MilestoneType type, TimeKind kind, Instant at, String locode,
                                Instant reportedAt) {
        return new MilestoneEvent(key, type, type == null ? "ZZZ" : type.name(), kind, at,
                locode == null ? null : UnLocode.of(locode), null, TransportMode.VESSEL, List.of(BOX), List.of(),
                null, null, null, false, CARRIER, reportedAt, reportedAt.plus(Duration.ofMinutes(5)), null);
    }

    static MilestoneEvent actual(String key, MilestoneType type, Instant at, String locode) {
        return event(key, type, TimeKind.ACTUAL, at, locode, at.plus(Duration.ofHours(1)));
    }
}

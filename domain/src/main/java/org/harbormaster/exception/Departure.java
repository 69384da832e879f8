package org.harbormaster.exception;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/** A vessel or flight departure of a shipment, with the loading before it (absent when the plan has none). */
record Departure(Milestone departed, Optional<Milestone> loaded) {

    /** Every main-carriage departure, in plan order. */
    static List<Departure> of(Shipment shipment) {
        List<Leg> legs = shipment.plan().legs();
        List<Departure> out = new ArrayList<>();
        for (Milestone m : shipment.milestones()) {
            if (m.type() == MilestoneType.DEPARTED && legs.get(m.legIndex()).type() == LegType.MAIN_CARRIAGE) {
                Optional<Milestone> loaded = shipment.milestones().stream()
                        .filter(l -> l.type() == MilestoneType.LOADED && l.legIndex() == m.legIndex() - 1)
                        .findFirst();
                out.add(new Departure(m, loaded));
            }
        }
        return out;
    }

    boolean cargoOnBoard() {
        return departed.isDone() || loaded.map(Milestone::isDone).orElse(false);
    }

    String port() {
        return departed.location().locode().toString();
    }
}

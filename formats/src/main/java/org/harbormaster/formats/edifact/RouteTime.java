package org.harbormaster.formats.edifact;

import java.util.Optional;
import org.harbormaster.event.TimeKind;
import org.harbormaster.shipment.MilestoneType;

/**
 * The DTM qualifiers (data element 2005) that give a time for a place on the route, after a LOC under the
 * TDT of a status: each says which milestone it times and whether the time is an estimate or a fact.
 */
enum RouteTime {
    ESTIMATED_ARRIVAL("132", MilestoneType.ARRIVED, TimeKind.ESTIMATED),
    ESTIMATED_DEPARTURE("133", MilestoneType.DEPARTED, TimeKind.ESTIMATED),
    ACTUAL_ARRIVAL("178", MilestoneType.ARRIVED, TimeKind.ACTUAL),
    ACTUAL_DEPARTURE("186", MilestoneType.DEPARTED, TimeKind.ACTUAL),
    ESTIMATED_DELIVERY("17", MilestoneType.DELIVERED, TimeKind.ESTIMATED),
    ACTUAL_DELIVERY("35", MilestoneType.DELIVERED, TimeKind.ACTUAL);

    private final String qualifier;
    private final MilestoneType milestone;
    private final TimeKind kind;

    RouteTime(String qualifier, MilestoneType milestone, TimeKind kind) {
        this.qualifier = qualifier;
        this.milestone = milestone;
        this.kind = kind;
    }

    static Optional<RouteTime> of(String qualifier) {
        for (RouteTime time : values()) {
            if (time.qualifier.equals(qualifier)) {
                return Optional.of(time);
            }
        }
        return Optional.empty();
    }

    String qualifier() {
        return qualifier;
    }

    MilestoneType milestone() {
        return milestone;
    }

    TimeKind kind() {
        return kind;
    }
}

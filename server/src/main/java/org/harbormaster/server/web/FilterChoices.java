package org.harbormaster.server.web;

import java.util.Arrays;
import java.util.List;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.ShipmentStatus;

/** The values the filter bar's drop-downs offer, in the order operators think of them. */
public record FilterChoices(List<String> modes, List<String> directions, List<String> statuses) {

    static final FilterChoices INSTANCE = new FilterChoices(names(Mode.values()), names(Direction.values()),
            names(ShipmentStatus.values()));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

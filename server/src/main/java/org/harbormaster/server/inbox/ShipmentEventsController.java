package org.harbormaster.server.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentService;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.Shipment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shipment's full event history, with the source and message of every event. */
@RestController
@Tag(name = "Shipments")
public class ShipmentEventsController {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10000;

    private final ShipmentService shipments;
    private final EventHistory history;

    ShipmentEventsController(ShipmentService shipments, EventHistory history) {
        this.shipments = shipments;
        this.history = history;
    }

    @GetMapping("/api/v1/shipments/{idOrReference}/events")
    @Operation(summary = "Every event applied to the shipment, newest first, with its source and what it changed")
    public ShipmentEventView.History events(@PathVariable String idOrReference,
                                            @RequestParam(required = false) Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequestException(List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        Shipment shipment = shipments.get(idOrReference);
        return new ShipmentEventView.History(shipment.id().toString(), shipment.reference(),
                history.ofShipment(shipment.id().value(), size));
    }
}

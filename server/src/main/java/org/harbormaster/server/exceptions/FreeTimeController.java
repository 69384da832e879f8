package org.harbormaster.server.exceptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harbormaster.exception.AlertContext;
import org.harbormaster.exception.ContainerFreeTime;
import org.harbormaster.money.demurrage.ChargeBreakdown;
import org.harbormaster.server.prediction.ShipmentPredictions;
import org.harbormaster.server.shipments.ShipmentService;
import org.harbormaster.shipment.Shipment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demurrage and detention per container of a shipment, as of now: the last free day from the tariff and the
 * milestones (working days and holidays of the port), the hours left, what has accrued, and what is projected to
 * the predicted gate-out or empty return.
 */
@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Demurrage and detention", description = "Last free days, accrued and projected charges per container")
class FreeTimeController {

    private final ShipmentService shipments;
    private final ShipmentPredictions predictions;
    private final AlertSettings settings;
    private final Clock clock;

    FreeTimeController(ShipmentService shipments, ShipmentPredictions predictions, AlertSettings settings, Clock clock) {
        this.shipments = shipments;
        this.predictions = predictions;
        this.settings = settings;
        this.clock = clock;
    }

    record ChargeView(long chargeableDays, BigDecimal amount, String currency) {
    }

    record ClockView(String container, String kind, String port, String clockStarted, String lastFreeDay,
                     String freeTimeEnds, Double hoursLeft, boolean ended, String endedAt, String projectedEnd,
                     String projectedEndBasis, ChargeView accrued, ChargeView projected, String tariff) {
    }

    record FreeTimeView(String shipment, String reference, String asOf, List<ClockView> containers) {
    }

    @GetMapping("/{idOrReference}/free-time")
    @Operation(summary = "Each container's demurrage and detention: last free day, hours left, accrued and projected")
    FreeTimeView freeTime(@PathVariable String idOrReference) {
        Shipment shipment = shipments.get(idOrReference);
        Instant now = clock.instant();
        AlertContext context = AlertContext.of(shipment, now).prediction(predictions.predict(shipment, now).prediction())
                .tariffs(settings.tariffs()).calendars(settings.calendars()).thresholds(settings.book()).build();
        List<ClockView> clocks = ContainerFreeTime.of(context).stream().map(c -> view(c, now)).toList();
        return new FreeTimeView(shipment.id().toString(), shipment.reference(), now.toString(), clocks);
    }

    private static ClockView view(ContainerFreeTime c, Instant now) {
        Instant ends = c.lastFreeDay().freeTimeEnds();
        boolean ended = c.estimate().hasEnded();
        Double hoursLeft = ended ? null : Math.round(Duration.between(now, ends).toMinutes() / 6.0) / 10.0;
        return new ClockView(c.container().number().toString(), c.kind().name(), c.port().value(),
                c.start().actual().toString(), c.lastFreeDay().date().toString(), ends.toString(), hoursLeft, ended,
                ended ? c.estimate().endedAt().toString() : null, c.estimate().projectedEnd().toString(),
                c.predictedEndBasis(), charge(c.estimate().accrued()), charge(c.estimate().projected()),
                c.tariff().toString());
    }

    private static ChargeView charge(ChargeBreakdown b) {
        return new ChargeView(b.chargeableDays(), b.total().amount(), b.total().currency().getCurrencyCode());
    }
}

package org.harbormaster.server.prediction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.LegForecast;
import org.harbormaster.prediction.MilestonePrediction;
import org.harbormaster.prediction.TransitModel;
import org.harbormaster.server.shipments.ShipmentService;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A shipment's prediction as of now, with how it was made. */
@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Predictions", description = "Predicted milestones (median and P90) and how they were made")
class PredictionController {

    private final ShipmentService shipments;
    private final ShipmentPredictions predictions;
    private final Clock clock;

    PredictionController(ShipmentService shipments, ShipmentPredictions predictions, Clock clock) {
        this.shipments = shipments;
        this.predictions = predictions;
        this.clock = clock;
    }

    record ModelView(long version, String builtAt, int observations) {
    }

    record AnchorView(String milestone, String type, String actual) {
    }

    record DistributionView(String key, String scope, int samples, double p50Days, double p90Days) {
    }

    record LatenessView(int samples, double p50Hours, double p90Hours) {
    }

    record LegView(int index, String type, String basis, DistributionView distribution, String carrierTime,
                   LatenessView lateness, String startP50, String startP90, String endP50, String endP90,
                   int sailingsMissed, int sailingsMissedAtP90) {
    }

    record MilestoneView(String key, String type, int legIndex, String planned, String carrierEstimate, String p50,
                         String p90, Double laterThanCarrierEstimateHours, Double laterThanPlannedHours) {
    }

    record PredictionView(String shipment, String reference, String asOf, ModelView model, AnchorView anchor,
                          String startedFrom, List<LegView> legs, List<MilestoneView> milestones) {
    }

    @GetMapping("/{idOrReference}/prediction")
    @Operation(summary = "The shipment's predicted milestones as of now, with the anchor, each remaining leg's "
            + "distribution and sample size, and how far the carrier's own estimate differs")
    PredictionView prediction(@PathVariable String idOrReference) {
        Shipment shipment = shipments.get(idOrReference);
        ShipmentPredictions.Made made = predictions.predict(shipment, clock.instant());
        return view(shipment, made.model(), made.prediction());
    }

    static PredictionView view(Shipment shipment, TransitModel model, ArrivalPrediction p) {
        AnchorView anchor = p.anchor().map(PredictionController::anchor).orElse(null);
        return new PredictionView(shipment.id().toString(), shipment.reference(), p.asOf().toString(),
                new ModelView(model.version(), model.builtAt().toString(), model.observationCount()), anchor,
                p.startedFrom().toString(), p.legs().stream().map(PredictionController::leg).toList(),
                p.milestones().stream().map(PredictionController::milestone).toList());
    }

    private static AnchorView anchor(Milestone m) {
        return new AnchorView(m.key(), m.type().name(), m.actual().toString());
    }

    private static LegView leg(LegForecast f) {
        DistributionView distribution = new DistributionView(f.key().map(Object::toString).orElse(null),
                f.key().map(k -> k.scope().name()).orElse(null), f.distribution().sampleCount(),
                days(f.distribution().p50()), days(f.distribution().p90()));
        LatenessView lateness = f.lateness() == null ? null : new LatenessView(f.lateness().sampleCount(),
                hours(f.lateness().p50()), hours(f.lateness().p90()));
        return new LegView(f.legIndex(), f.legType().name(), f.basis().name(), distribution, text(f.carrierTime()),
                lateness, text(f.start().p50()),
                text(f.start().p90()), text(f.end().p50()), text(f.end().p90()), f.sailingsMissed(),
                f.sailingsMissedAtP90());
    }

    private static MilestoneView milestone(MilestonePrediction m) {
        return new MilestoneView(m.key(), m.type().name(), m.legIndex(), text(m.planned()), text(m.carrierEstimate()),
                text(m.p50()), text(m.p90()), m.laterThanCarrierEstimate().map(PredictionController::hours).orElse(null),
                m.laterThanPlanned().map(PredictionController::hours).orElse(null));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static double days(Duration d) {
        return Math.round(d.getSeconds() / 864.0) / 100.0;
    }

    private static double hours(Duration d) {
        return Math.round(d.getSeconds() / 36.0) / 100.0;
    }
}

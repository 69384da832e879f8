package org.harbormaster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.ArrivalPredictor;
import org.harbormaster.prediction.ConnectionRules;
import org.harbormaster.prediction.DurationDistribution;
import org.harbormaster.prediction.LegForecast;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says only if its fixtures are what they say; the build checks that, never the timing. */
class RepredictAfterEventFixturesTest {

    private final Shipment booked = RailImportViaBusan.booked();

    @Test
    void every_event_along_the_journey_sets_a_time_on_the_milestone_it_was_written_for() {
        Shipment shipment = booked;
        for (MilestoneEvent event : EventsAlongTheJourney.of(booked)) {
            EventApplication.Applied applied = EventApplication.apply(shipment, event);

            assertThat(applied.outcome()).as(event.eventKey()).isEqualTo(EventApplication.Outcome.APPLIED);
            assertThat(event.eventKey()).endsWith("/" + applied.milestone().key());
            shipment = applied.shipment();
        }
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.COMPLETED);
    }

    @Test
    void every_leg_but_the_connection_is_predicted_from_history_found_at_every_scope_of_the_fallback_chain() {
        Map<LegKey, DurationDistribution> known = LearnedDurations.forLegsOf(booked.plan(), 200, 4);
        ArrivalPredictor predictor = new ArrivalPredictor(key -> Optional.ofNullable(known.get(key)),
                ConnectionRules.weeklyServiceWithOneDayToConnect());

        ArrivalPrediction prediction = predictor.predict(booked, booked.createdAt());

        assertThat(prediction.legs()).hasSize(9).extracting(LegForecast::basis)
                .containsOnly(LegForecast.Basis.DISTRIBUTION, LegForecast.Basis.CONNECTING_SAILING)
                .containsOnlyOnce(LegForecast.Basis.CONNECTING_SAILING);
        assertThat(prediction.legs()).filteredOn(l -> l.basis() == LegForecast.Basis.DISTRIBUTION)
                .allSatisfy(l -> assertThat(l.sampleCount()).isEqualTo(200))
                .extracting(l -> l.key().orElseThrow().scope())
                .contains(LegKey.Scope.values());
        assertThat(prediction.milestones()).hasSize(booked.milestones().size() - 3);   // all but the cut-offs
    }

    @Test
    void predicting_alone_predicts_the_same_as_applying_the_event_first_and_the_cycle_starts_again_as_booked() {
        RepredictAfterEventBenchmark applying = new RepredictAfterEventBenchmark();
        RepredictAfterEventBenchmark predicting = new RepredictAfterEventBenchmark();
        applying.bookAndLearn();
        predicting.bookAndLearn();
        int events = EventsAlongTheJourney.of(booked).size();

        List<ArrivalPrediction> applied = new ArrayList<>();
        List<ArrivalPrediction> predicted = new ArrayList<>();
        for (int i = 0; i < 2 * events; i++) {
            applied.add(applying.applyEventThenPredict());
            predicted.add(predicting.predictOnly());
        }

        assertThat(applied).isEqualTo(predicted);
        assertThat(applied.subList(events, 2 * events)).extracting(ArrivalPrediction::anchor)
                .isEqualTo(applied.subList(0, events).stream().map(ArrivalPrediction::anchor).toList());
        assertThat(applied.get(events - 1).milestones()).isEmpty();
    }
}

package org.harbormaster.prediction;

import org.harbormaster.shipment.TransportMode;
import java.util.Optional;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.prediction.Voyages.at;
import static org.harbormaster.prediction.Voyages.days;
import static org.harbormaster.prediction.Voyages.happened;
import static org.harbormaster.prediction.Voyages.predictor;
import static org.harbormaster.prediction.Voyages.usualDurations;
import static org.harbormaster.prediction.Voyages.yantianToLongBeachDirect;
import static org.harbormaster.prediction.Voyages.yantianToLongBeachViaBusan;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import org.junit.jupiter.api.Test;

class PropagationTest {

    @Test
    void an_on_time_shipment_is_predicted_on_its_plan() {
        Shipment booked = yantianToLongBeachDirect();

        ArrivalPrediction prediction = predictor().predict(booked, at("2026-11-20T00:00"));

        assertThat(prediction.anchor()).isEmpty();
        assertThat(prediction.startedFrom()).isEqualTo(at("2026-11-28T06:00"));
        assertThat(prediction.milestones()).hasSize(booked.milestones().size());
        prediction.milestones().forEach(m ->
                assertThat(Duration.between(m.planned(), m.p50()).abs()).as(m.key()).isLessThan(Duration.ofMinutes(1)));
        assertThat(prediction.milestone("ARRIVED@USLGB").orElseThrow().p90()).isAfter(at("2026-12-18T06:00"));
    }

    @Test
    void a_late_first_leg_pushes_every_later_milestone() {
        Shipment sailedThreeDaysLate = happened(yantianToLongBeachDirect(), "DEPARTED@CNYTN", at("2026-12-04T06:00"));

        ArrivalPrediction prediction = predictor().predict(sailedThreeDaysLate, at("2026-12-05T00:00"));

        assertThat(prediction.anchor().map(Milestone::key)).contains("DEPARTED@CNYTN");
        assertThat(prediction.milestones()).extracting(MilestonePrediction::key).containsExactly(
                "ARRIVED@USLGB", "DISCHARGED@USLGB", "CUSTOMS_RELEASED@USLGB", "AVAILABLE_FOR_PICKUP@USLGB",
                "GATE_OUT@USLGB", "DELIVERED@USLGB", "EMPTY_RETURNED@USLGB");
        prediction.milestones().forEach(m ->
                assertThat(m.laterThanPlanned()).as(m.key()).hasValueSatisfying(late ->
                        assertThat(late).isBetween(days(3).minusMinutes(1), days(3).plusMinutes(1))));
    }

    @Test
    void a_late_arrival_at_the_hub_misses_the_connection_and_waits_for_next_weeks_sailing() {
        // the connecting vessel sails Dec 8 06:00; with a day to connect, the cargo must be in Busan by Dec 7 06:00
        Shipment lateIntoBusan = happened(yantianToLongBeachViaBusan(), "ARRIVED@KRPUS", at("2026-12-07T18:00"));

        ArrivalPrediction prediction = predictor().predict(lateIntoBusan, at("2026-12-07T20:00"));

        assertThat(prediction.leg(2).orElseThrow().missesConnection()).isTrue();
        assertThat(prediction.leg(2).orElseThrow().sailingsMissed()).isEqualTo(1);
        assertThat(p50(prediction, "LOADED@KRPUS")).isEqualTo(at("2026-12-15T00:00"));
        assertThat(p50(prediction, "DEPARTED@KRPUS")).isEqualTo(at("2026-12-15T06:00"));
        assertThat(p50(prediction, "ARRIVED@USLGB")).isEqualTo(at("2026-12-27T06:00"));
        assertThat(prediction.milestone("EMPTY_RETURNED@USLGB").orElseThrow().laterThanPlanned())
                .hasValueSatisfying(late -> assertThat(late).isGreaterThanOrEqualTo(days(7).minusMinutes(1)));
    }

    @Test
    void a_late_arrival_at_the_hub_within_the_connection_time_still_makes_the_planned_sailing() {
        Shipment dayLateIntoBusan = happened(yantianToLongBeachViaBusan(), "ARRIVED@KRPUS", at("2026-12-06T06:00"));

        ArrivalPrediction prediction = predictor().predict(dayLateIntoBusan, at("2026-12-06T08:00"));

        assertThat(prediction.leg(2).orElseThrow().missesConnection()).isFalse();
        assertThat(p50(prediction, "DEPARTED@KRPUS")).isEqualTo(at("2026-12-08T06:00"));
        assertThat(p50(prediction, "ARRIVED@USLGB")).isEqualTo(at("2026-12-20T06:00"));
    }

    @Test
    void a_feeder_that_may_well_run_late_puts_the_next_sailing_into_the_p90() {
        Map<LegKey, DurationDistribution> known = usualDurations();
        known.put(LegKey.lane(LegType.MAIN_CARRIAGE, org.harbormaster.shipment.TransportMode.VESSEL,
                Voyages.YANTIAN.locode(), Voyages.BUSAN.locode()), DurationDistribution.logNormal(days(4), days(6.5)));
        known.keySet().removeIf(k -> k.scope() == LegKey.Scope.CARRIER_ON_LANE);
        Shipment sailed = happened(yantianToLongBeachViaBusan(), "DEPARTED@CNYTN", at("2026-12-01T06:00"));

        ArrivalPrediction prediction = predictor(known).predict(sailed, at("2026-12-01T12:00"));

        MilestonePrediction departsBusan = prediction.milestone("DEPARTED@KRPUS").orElseThrow();
        assertThat(departsBusan.p50()).isEqualTo(at("2026-12-08T06:00"));
        assertThat(departsBusan.p90()).isEqualTo(at("2026-12-15T06:00"));
        assertThat(prediction.leg(2).orElseThrow().sailingsMissedAtP90()).isEqualTo(1);
    }

    @Test
    void done_milestones_and_those_the_cargo_has_passed_are_not_predicted() {
        Shipment shipment = happened(yantianToLongBeachViaBusan(), "LOADED@CNYTN", at("2026-12-01T02:00"));
        shipment = happened(shipment, "DISCHARGED@KRPUS", at("2026-12-05T10:00"));   // ARRIVED@KRPUS never reported

        ArrivalPrediction prediction = predictor().predict(shipment, at("2026-12-05T12:00"));

        assertThat(prediction.milestones()).extracting(MilestonePrediction::key)
                .doesNotContain("LOADED@CNYTN", "DEPARTED@CNYTN", "ARRIVED@KRPUS", "DISCHARGED@KRPUS")
                .startsWith("LOADED@KRPUS", "DEPARTED@KRPUS");
        Shipment emptyBack = happened(shipment, "EMPTY_RETURNED@USLGB", at("2026-12-26T09:00"));
        assertThat(predictor().predict(emptyBack, at("2026-12-27T00:00")).milestones()).isEmpty();
    }

    @Test
    void an_overdue_milestone_is_predicted_from_now_on_not_in_the_past() {
        Shipment sailed = happened(yantianToLongBeachDirect(), "DEPARTED@CNYTN", at("2026-12-01T06:00"));
        Instant asOf = at("2026-12-22T00:00");   // planned arrival Dec 16, still no news

        ArrivalPrediction prediction = predictor().predict(sailed, asOf);

        prediction.milestones().forEach(m -> assertThat(m.p50()).as(m.key()).isAfterOrEqualTo(asOf));
        assertThat(prediction.milestone("ARRIVED@USLGB").orElseThrow().p90()).isAfter(asOf);
    }

    @Test
    void each_prediction_explains_its_anchor_and_every_remaining_leg() {
        Shipment intoBusan = happened(yantianToLongBeachViaBusan(), "ARRIVED@KRPUS", at("2026-12-05T06:00"));

        ArrivalPrediction prediction = predictor().predict(intoBusan, at("2026-12-05T08:00"));

        assertThat(prediction.anchor().map(Milestone::key)).contains("ARRIVED@KRPUS");
        assertThat(prediction.legs()).extracting(LegForecast::legIndex).containsExactly(2, 3, 4, 5, 6);
        assertThat(prediction.leg(2).orElseThrow().basis()).isEqualTo(LegForecast.Basis.CONNECTING_SAILING);
        LegForecast ocean = prediction.leg(3).orElseThrow();
        assertThat(ocean.key().map(LegKey::scope)).contains(LegKey.Scope.LANE);
        assertThat(ocean.sampleCount()).isEqualTo(20);
        assertThat(ocean.p50()).isEqualTo(days(12));
        assertThat(ocean.p90()).isGreaterThan(days(12)).isLessThan(days(14));
        assertThat(prediction.leg(4).orElseThrow().key().map(LegKey::scope)).contains(LegKey.Scope.MODE);
        assertThat(prediction.leg(6).orElseThrow().key().map(LegKey::scope)).contains(LegKey.Scope.COUNTRY_PAIR);
        assertThat(predictor().predict(yantianToLongBeachViaBusan(), at("2026-11-20T00:00")).leg(0).orElseThrow().basis())
                .isEqualTo(LegForecast.Basis.PLANNED_DURATION);
    }

    @Test
    void a_carriers_estimate_is_moved_by_how_late_carriers_run_and_the_difference_is_shown() {
        Shipment shipment = happened(yantianToLongBeachDirect(), "DEPARTED@CNYTN", at("2026-12-04T06:00"));
        shipment = shipment.withMilestones(shipment.milestones().stream()
                .map(m -> m.key().equals("ARRIVED@USLGB") ? m.withEstimated(at("2026-12-17T06:00")) : m).toList());
        Lateness twoDaysLate = Lateness.observed(List.of(days(1), days(2), days(2), days(3), days(6)));
        TransitDistributions transit = new TransitDistributions() {
            @Override
            public Optional<DurationDistribution> find(LegKey key) {
                return Optional.ofNullable(usualDurations().get(key));
            }

            @Override
            public Lateness lateness(LegType type, TransportMode mode) {
                return type == LegType.MAIN_CARRIAGE ? twoDaysLate : Lateness.none();
            }
        };

        ArrivalPrediction prediction = new ArrivalPredictor(transit, ConnectionRules.weeklyServiceWithOneDayToConnect())
                .predict(shipment, at("2026-12-05T00:00"));
        MilestonePrediction arrival = prediction.milestone("ARRIVED@USLGB").orElseThrow();

        assertThat(arrival.laterThanCarrierEstimate()).contains(days(2));
        assertThat(arrival.p90()).isEqualTo(at("2026-12-17T06:00").plus(twoDaysLate.p90()));
        LegForecast ocean = prediction.leg(1).orElseThrow();
        assertThat(ocean.basis()).isEqualTo(LegForecast.Basis.CARRIER_ESTIMATE);
        assertThat(ocean.carrierTime()).isEqualTo(at("2026-12-17T06:00"));
        assertThat(ocean.lateness().sampleCount()).isEqualTo(5);
    }

    @Test
    void p90_is_never_before_p50_and_nothing_is_predicted_before_as_of_or_out_of_order() {
        Random random = new Random(4);
        for (int run = 0; run < 300; run++) {
            Shipment shipment = random.nextBoolean() ? yantianToLongBeachViaBusan() : yantianToLongBeachDirect();
            Map<LegKey, DurationDistribution> known = usualDurations();
            known.replaceAll((key, usual) -> {
                Duration median = days(0.2 + random.nextDouble() * 14);
                return DurationDistribution.logNormal(median, median.plus(days(random.nextDouble() * 7)));
            });
            Instant asOf = at("2026-11-25T00:00").plus(days(random.nextDouble() * 30));
            Milestone reported = shipment.milestones().get(random.nextInt(shipment.milestones().size()));
            Instant actual = reported.planned().plus(days(random.nextDouble() * 8 - 1));
            if (!actual.isAfter(asOf)) {
                shipment = happened(shipment, reported.key(), actual);
            }

            ArrivalPrediction prediction = predictor(known).predict(shipment, asOf);

            Instant previous = Instant.MIN;
            for (MilestonePrediction m : prediction.milestones()) {
                assertThat(m.p90()).as(m.key()).isAfterOrEqualTo(m.p50());
                assertThat(m.p50()).as(m.key()).isAfterOrEqualTo(asOf).isAfterOrEqualTo(previous);
                previous = m.p50();
            }
        }
    }

    private static Instant p50(ArrivalPrediction prediction, String key) {
        return prediction.milestone(key).orElseThrow().p50();
    }
}

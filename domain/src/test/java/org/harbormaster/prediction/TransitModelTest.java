package org.harbormaster.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.prediction.Voyages.LONG_BEACH;
import static org.harbormaster.prediction.Voyages.YANTIAN;
import static org.harbormaster.prediction.Voyages.at;
import static org.harbormaster.prediction.Voyages.days;
import static org.harbormaster.prediction.Voyages.happened;
import static org.harbormaster.prediction.Voyages.yantianToLongBeachDirect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** How the model learns legs from finished shipments and blends them with public priors. */
class TransitModelTest {

    private static final LegKey YANTIAN_LONG_BEACH = LegKey.lane(LegType.MAIN_CARRIAGE, TransportMode.VESSEL,
            YANTIAN.locode(), LONG_BEACH.locode());

    private static List<LegObservation> crossings(double... days) {
        List<LegObservation> out = new ArrayList<>();
        for (double d : days) {
            out.add(new LegObservation(YANTIAN_LONG_BEACH, days(d), at("2026-06-01T00:00")));
        }
        return out;
    }

    @Test
    void without_history_a_lane_with_a_public_figure_is_predicted_by_its_prior() {
        TransitModel model = TransitModel.priorsOnly(TransitPriors.standard(), at("2026-11-01T00:00"));

        DurationDistribution prior = model.find(YANTIAN_LONG_BEACH).orElseThrow();

        assertThat(prior.sampleCount()).isZero();
        assertThat(prior.p50()).isEqualTo(days(17));
        assertThat(prior.p90()).isEqualTo(days(23));
    }

    @Test
    void ten_crossings_move_the_prior_half_way_towards_history() {
        TransitModel model = TransitModel.learn(3, at("2026-11-01T00:00"),
                crossings(21, 21, 21, 21, 21, 21, 21, 21, 21, 21), TransitPriors.standard());

        DurationDistribution blended = model.find(YANTIAN_LONG_BEACH).orElseThrow();

        assertThat(blended.sampleCount()).isEqualTo(10);
        assertThat(blended.p50()).isEqualTo(days(19));   // (17 + 21) / 2
        assertThat(model.version()).isEqualTo(3);
    }

    @Test
    void history_outweighs_the_prior_as_it_grows() {
        double[] many = new double[90];
        java.util.Arrays.fill(many, 21);
        DurationDistribution blended = TransitModel.learn(1, at("2026-11-01T00:00"), crossings(many),
                TransitPriors.standard()).find(YANTIAN_LONG_BEACH).orElseThrow();

        assertThat(blended.p50()).isEqualTo(days(20.6));   // 0.1 * 17 + 0.9 * 21
    }

    @Test
    void a_lane_without_a_public_figure_needs_three_crossings_and_its_band_is_widened() {
        LegKey lane = LegKey.lane(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, UnLocode.of("BDCGP"), UnLocode.of("SGSIN"));
        List<LegObservation> two = List.of(new LegObservation(lane, days(7), at("2026-06-01T00:00")),
                new LegObservation(lane, days(7), at("2026-06-02T00:00")));
        List<LegObservation> three = new ArrayList<>(two);
        three.add(new LegObservation(lane, days(7), at("2026-06-03T00:00")));

        assertThat(TransitModel.learn(1, at("2026-11-01T00:00"), two, TransitPriors.none()).find(lane)).isEmpty();
        DurationDistribution learned = TransitModel.learn(1, at("2026-11-01T00:00"), three, TransitPriors.none())
                .find(lane).orElseThrow();
        assertThat(learned.p50()).isEqualTo(days(7));
        assertThat(learned.p90()).isGreaterThan(days(7));
    }

    @Test
    void a_crossing_counts_for_its_country_pair_but_never_for_all_sea_legs_together() {
        TransitModel model = TransitModel.learn(1, at("2026-11-01T00:00"), crossings(15, 16, 17), TransitPriors.none());

        assertThat(model.find(LegKey.countryPair(LegType.MAIN_CARRIAGE, TransportMode.VESSEL, "CN", "US"))).isPresent();
        assertThat(model.find(LegKey.mode(LegType.MAIN_CARRIAGE, TransportMode.VESSEL))).isEmpty();
    }

    @Test
    void sea_legs_run_late_as_liner_schedules_do_until_history_says_otherwise() {
        TransitModel none = TransitModel.learn(1, at("2026-11-01T00:00"), List.of(), TransitPriors.none());
        Lateness prior = none.lateness(LegType.MAIN_CARRIAGE, TransportMode.VESSEL);
        assertThat(prior.p50()).isEqualTo(Duration.ZERO);                       // 52% on time
        assertThat(prior.p90()).isBetween(days(8), days(9));                    // 5.3 d * ln(0.48 / 0.1)

        List<LegObservation> early = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            early.add(new LegObservation(YANTIAN_LONG_BEACH, days(14), at("2026-06-01T00:00"), days(-1)));
        }
        Lateness learned = TransitModel.learn(1, at("2026-11-01T00:00"), early, TransitPriors.none())
                .lateness(LegType.MAIN_CARRIAGE, TransportMode.VESSEL);
        assertThat(learned.p50()).isEqualTo(days(-0.8));                       // 0.8 * -1 d + 0.2 * 0
        assertThat(none.lateness(LegType.DELIVERY, TransportMode.TRUCK).p90()).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_finished_leg_is_observed_from_the_end_of_the_previous_one_with_its_lateness_against_plan() {
        Shipment s = yantianToLongBeachDirect();
        s = happened(s, "LOADED@CNYTN", at("2026-12-01T05:00"));
        s = happened(s, "DEPARTED@CNYTN", at("2026-12-01T09:00"));
        s = happened(s, "ARRIVED@USLGB", at("2026-12-18T06:00"));

        List<LegObservation> legs = LegObservation.of(s);

        assertThat(legs).hasSize(1);
        LegObservation ocean = legs.get(0);
        assertThat(ocean.key()).isEqualTo(LegKey.carrierOnLane(LegType.MAIN_CARRIAGE, TransportMode.VESSEL,
                YANTIAN.locode(), LONG_BEACH.locode(), "MAEU"));
        assertThat(ocean.duration()).isEqualTo(Duration.between(at("2026-12-01T05:00"), at("2026-12-18T06:00")));
        assertThat(ocean.lateness()).isEqualTo(days(2));
        assertThat(ocean.endedAt()).isEqualTo(at("2026-12-18T06:00"));
    }

    @Test
    void every_public_prior_names_a_lane_a_country_pair_or_a_leg_type_and_has_p90_above_median() {
        TransitPriors priors = TransitPriors.standard();

        assertThat(priors.size()).isGreaterThan(10);
        assertThat(priors.find(LegKey.mode(LegType.DESTINATION_TERMINAL, null))).hasValueSatisfying(d ->
                assertThat(d.p90()).isGreaterThan(d.p50()));
    }
}

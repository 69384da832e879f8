package org.harbormaster.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.harbormaster.prediction.Voyages.days;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationDistributionTest {

    private static final DurationDistribution SHANGHAI_LONG_BEACH_PRIOR =
            DurationDistribution.logNormal(days(15), days(18));

    @Test
    void a_prior_from_a_published_range_gives_back_its_median_and_p90() {
        assertThat(SHANGHAI_LONG_BEACH_PRIOR.p50()).isEqualTo(days(15));
        assertThat(SHANGHAI_LONG_BEACH_PRIOR.p90().minus(days(18)).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(SHANGHAI_LONG_BEACH_PRIOR.sampleCount()).isZero();
    }

    @Test
    void transit_times_are_skewed_to_the_late_side() {
        Duration p10 = SHANGHAI_LONG_BEACH_PRIOR.quantile(0.1);
        assertThat(SHANGHAI_LONG_BEACH_PRIOR.p90().minus(days(15))).isGreaterThan(days(15).minus(p10));
        assertThat(SHANGHAI_LONG_BEACH_PRIOR.quantile(0.99)).isGreaterThan(SHANGHAI_LONG_BEACH_PRIOR.p90());
    }

    @Test
    void a_p90_below_the_median_is_refused() {
        assertThatThrownBy(() -> DurationDistribution.logNormal(days(15), days(12)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void observed_durations_give_their_quantiles_and_count() {
        DurationDistribution observed = DurationDistribution.observed(
                IntStream.rangeClosed(1, 9).mapToObj(Voyages::days).toList());

        assertThat(observed.p50()).isEqualTo(days(5));
        assertThat(observed.p90()).isEqualTo(days(8.2));
        assertThat(observed.sampleCount()).isEqualTo(9);
    }

    @Test
    void a_blend_without_history_is_the_prior() {
        DurationDistribution blend = DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR,
                DurationDistribution.observed(List.of()));

        assertThat(blend.p50()).isEqualTo(SHANGHAI_LONG_BEACH_PRIOR.p50());
        assertThat(blend.p90()).isEqualTo(SHANGHAI_LONG_BEACH_PRIOR.p90());
        assertThat(blend.sampleCount()).isZero();
    }

    @Test
    void ten_sailings_against_a_prior_worth_ten_meet_half_way() {
        DurationDistribution blend = DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR, sailingsOf(20, 10));

        assertThat(blend.p50()).isEqualTo(days(17.5));
        assertThat(blend.sampleCount()).isEqualTo(10);
    }

    @Test
    void rich_history_outweighs_the_prior() {
        DurationDistribution blend = DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR, sailingsOf(20, 10_000));

        assertThat(blend.p50().getSeconds()).isCloseTo(days(20).getSeconds(), within(days(0.01).getSeconds()));
        assertThat(blend.p90().getSeconds()).isCloseTo(days(20).getSeconds(), within(days(0.01).getSeconds()));
    }

    @Test
    void each_more_sailing_moves_the_blend_further_from_the_prior_towards_history() {
        Duration previousP50 = SHANGHAI_LONG_BEACH_PRIOR.p50();
        Duration previousP90 = SHANGHAI_LONG_BEACH_PRIOR.p90();
        for (int n = 1; n <= 200; n++) {
            DurationDistribution blend = DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR, sailingsOf(20, n));
            assertThat(blend.p50()).isGreaterThanOrEqualTo(previousP50).isLessThanOrEqualTo(days(20));
            assertThat(blend.p90()).isGreaterThanOrEqualTo(previousP90).isLessThanOrEqualTo(days(20));
            previousP50 = blend.p50();
            previousP90 = blend.p90();
        }
    }

    @Test
    void the_weight_of_the_prior_is_a_choice() {
        DurationDistribution.Blended blend = (DurationDistribution.Blended)
                DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR, sailingsOf(20, 10), 30);

        assertThat(blend.historyWeight()).isEqualTo(0.25);
        assertThat(blend.p50()).isEqualTo(days(16.25));
        assertThatThrownBy(() -> DurationDistribution.blend(SHANGHAI_LONG_BEACH_PRIOR, sailingsOf(20, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_fixed_duration_has_no_spread() {
        DurationDistribution plan = DurationDistribution.fixed(days(3));

        assertThat(plan.p50()).isEqualTo(plan.p90()).isEqualTo(days(3));
    }

    @Test
    void standard_normal_quantiles_match_the_tables() {
        assertThat(StandardNormal.quantile(0.5)).isCloseTo(0, within(1e-9));
        assertThat(StandardNormal.quantile(0.9)).isCloseTo(1.2815515655, within(1e-8));
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.9599639845, within(1e-8));
        assertThat(StandardNormal.quantile(0.01)).isCloseTo(-2.3263478740, within(1e-8));
        assertThat(StandardNormal.quantile(0.999)).isCloseTo(3.0902323062, within(1e-7));
    }

    private static DurationDistribution sailingsOf(double days, int count) {
        return DurationDistribution.observed(Collections.nCopies(count, days(days)));
    }
}

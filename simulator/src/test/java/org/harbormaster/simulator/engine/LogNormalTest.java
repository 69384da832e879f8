package org.harbormaster.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogNormalTest {

    @Test
    void a_dwell_fitted_to_its_mean_and_share_over_five_days_draws_both() {
        LogNormal truckDwell = LogNormal.fitMeanAndShareOver(2.89, 5, 0.053).orElseThrow();
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        double sum = 0;
        int over = 0;
        for (int i = 0; i < n; i++) {
            double d = truckDwell.sample(random);
            sum += d;
            over += d > 5 ? 1 : 0;
        }

        assertThat(sum / n).isCloseTo(2.89, within(0.02));
        assertThat(over / (double) n).isCloseTo(0.053, within(0.003));
    }

    @Test
    void no_log_normal_has_a_small_mean_and_most_values_far_above_it() {
        assertThat(LogNormal.fitMeanAndShareOver(1.0, 5, 0.6)).isEmpty();
    }

    @Test
    void the_same_seed_draws_the_same_values() {
        LogNormal late = LogNormal.ofMeanAndSigma(4.3, 0.75);

        assertThat(late.sample(new SplittableRandom(9))).isEqualTo(late.sample(new SplittableRandom(9)));
    }
}

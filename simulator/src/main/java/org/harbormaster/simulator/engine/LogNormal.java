package org.harbormaster.simulator.engine;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A log-normal distribution, the usual shape of durations that are skewed to the late side (dwell, delays),
 * set by its mean and either its spread or the share of values above a threshold, the two things the
 * published figures give (e.g. "truck dwell 2.89 days, 5.3% over five days").
 */
public record LogNormal(double mu, double sigma) {

    public static LogNormal ofMeanAndSigma(double mean, double sigma) {
        return new LogNormal(StrictMath.log(mean) - sigma * sigma / 2, sigma);
    }

    /**
     * The log-normal with this mean whose share above {@code threshold} is {@code share}, taking the smaller
     * spread where two fit; empty when none does.
     */
    public static Optional<LogNormal> fitMeanAndShareOver(double mean, double threshold, double share) {
        if (mean <= 0 || share <= 0 || share >= 1) {
            return Optional.empty();
        }
        double lo = 1e-4;
        double hi = 4;
        double best = peak(mean, threshold, lo, hi);
        double peakShare = shareOver(mean, best, threshold);
        double start = shareOver(mean, lo, threshold);
        if ((share - start) * (share - peakShare) > 0) {
            return Optional.empty();
        }
        double a = lo;
        double b = best;
        for (int i = 0; i < 100; i++) {
            double m = (a + b) / 2;
            if ((shareOver(mean, m, threshold) - share) * (start - share) > 0) {
                a = m;
            } else {
                b = m;
            }
        }
        return Optional.of(ofMeanAndSigma(mean, (a + b) / 2));
    }

    private static double peak(double mean, double threshold, double lo, double hi) {
        double best = lo;
        double bestShare = -1;
        for (double s = lo; s <= hi; s += 0.001) {
            double v = shareOver(mean, s, threshold);
            if (v > bestShare) {
                bestShare = v;
                best = s;
            }
        }
        return best;
    }

    static double shareOver(double mean, double sigma, double threshold) {
        double mu = StrictMath.log(mean) - sigma * sigma / 2;
        return 1 - normalCdf((StrictMath.log(threshold) - mu) / sigma);
    }

    public double mean() {
        return StrictMath.exp(mu + sigma * sigma / 2);
    }

    public double sample(SplittableRandom random) {
        return StrictMath.exp(mu + sigma * gaussian(random));
    }

    /** A standard normal draw (Box-Muller), from the stream alone so that a seed decides it. */
    public static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** Φ, by the Abramowitz-Stegun approximation of erf (error below 1.5e-7). */
    public static double normalCdf(double z) {
        double x = Math.abs(z) / StrictMath.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * StrictMath.exp(-x * x);
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}

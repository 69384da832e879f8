package org.harbormaster.simulator.engine;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed and a few numbers naming what the stream is for (a
 * customer's orders, one voyage's delays, one shipment's fate). Because a stream depends on its name and not
 * on when it is asked for, two policies run on the same seed meet the same demand, the same sailings and
 * the same holds: their difference is the policy's (common random numbers).
 */
public final class RandomStreams {

    public static final long ORDERS = 1;
    public static final long VOYAGE = 2;
    public static final long SHIPMENT_FATE = 3;
    public static final long REPORTING = 4;
    public static final long RAIL = 5;
    public static final long DEPARTURE = 6;

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public SplittableRandom stream(long purpose, long... names) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1));
        for (long name : names) {
            h = mix(h ^ (name + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finalizer: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** An exponential draw with this mean. */
    public static double exponential(SplittableRandom random, double mean) {
        return -mean * StrictMath.log(1 - random.nextDouble());
    }
}

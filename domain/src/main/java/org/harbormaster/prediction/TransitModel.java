package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.TransportMode;

/**
 * The transit and dwell distributions a prediction uses, learned from the legs of finished shipments and
 * blended with public priors; one version of it made at one moment. A key's distribution is:
 * <ul>
 * <li>its prior blended with its history (the prior worth {@link DurationDistribution#DEFAULT_PRIOR_WEIGHT}
 *     observations, history weighted n / (n + 10)), where a public figure exists for the key;</li>
 * <li>else, from {@value #MIN_HISTORY} observations on, its history blended with a log-normal centred on the
 *     history's own median with a P90 half as long again: a handful of observations alone would give a
 *     falsely narrow band;</li>
 * <li>else none, and the prediction falls back to a more general key, and finally to the planned duration.</li>
 * </ul>
 * Legs that travel between places (main carriage, on-carriage, pick-up, delivery, empty return) are never
 * learned at the leg-type-and-mode scope: a mix of all lanes says nothing about one.
 */
public final class TransitModel implements TransitDistributions {

    public static final int MIN_HISTORY = 3;
    private static final double WIDENING = 1.5;

    private final long version;
    private final Instant builtAt;
    private final int observationCount;
    private final Map<LegKey, List<Duration>> history;
    private final TransitPriors priors;
    private final Map<String, List<Duration>> lateness;
    private final Map<String, Lateness> latenessCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<LegKey, Optional<DurationDistribution>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private TransitModel(long version, Instant builtAt, int observationCount, Map<LegKey, List<Duration>> history,
                         Map<String, List<Duration>> lateness, TransitPriors priors) {
        this.lateness = lateness;
        this.version = version;
        this.builtAt = Objects.requireNonNull(builtAt, "builtAt");
        this.observationCount = observationCount;
        this.history = history;
        this.priors = Objects.requireNonNull(priors, "priors");
    }

    /** A model learned from these observations (each counted under its key and every more general one). */
    public static TransitModel learn(long version, Instant builtAt, Collection<LegObservation> observations,
                                     TransitPriors priors) {
        Map<LegKey, List<Duration>> history = new HashMap<>();
        Map<String, List<Duration>> lateness = new HashMap<>();
        for (LegObservation o : observations) {
            if (o.lateness() != null) {
                lateness.computeIfAbsent(latenessKey(o.key().legType(), o.key().mode()), k -> new ArrayList<>())
                        .add(o.lateness());
            }
            for (LegKey key : o.key().fallbacks()) {
                if (learnable(key)) {
                    history.computeIfAbsent(key, k -> new ArrayList<>()).add(o.duration());
                }
            }
        }
        return new TransitModel(version, builtAt, observations.size(), history, lateness, priors);
    }

    /** A model with priors only: what a new installation predicts with. */
    public static TransitModel priorsOnly(TransitPriors priors, Instant builtAt) {
        return new TransitModel(0, builtAt, 0, Map.of(), Map.of(), priors);
    }

    private static boolean learnable(LegKey key) {
        return key.scope() != LegKey.Scope.MODE || !key.legType().moves() || key.legType() == LegType.DELIVERY;
    }

    @Override
    public Optional<DurationDistribution> find(LegKey key) {
        return cache.computeIfAbsent(key, this::distribution);
    }

    private Optional<DurationDistribution> distribution(LegKey key) {
        List<Duration> samples = history.getOrDefault(key, List.of());
        DurationDistribution observed = DurationDistribution.observed(samples);
        Optional<DurationDistribution> prior = priors.find(key);
        if (prior.isPresent()) {
            return Optional.of(DurationDistribution.blend(prior.get(), observed));
        }
        if (samples.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        Duration median = observed.p50().isZero() ? Duration.ofMinutes(1) : observed.p50();
        Duration widened = Duration.ofSeconds(Math.round(median.getSeconds() * WIDENING));
        return Optional.of(DurationDistribution.blend(DurationDistribution.logNormal(median, widened), observed));
    }

    /**
     * How late carriers' times run for legs of this type and mode: the liner-schedule prior (for sea legs) blended
     * with the lateness observed, or, for other legs, what was observed once there are {@value #MIN_HISTORY}
     * observations; none otherwise.
     */
    @Override
    public Lateness lateness(LegType type, TransportMode mode) {
        return latenessCache.computeIfAbsent(latenessKey(type, mode), key -> {
            List<Duration> samples = lateness.getOrDefault(key, List.of());
            Lateness observed = Lateness.observed(samples);
            boolean bySea = type == LegType.MAIN_CARRIAGE && (mode == TransportMode.VESSEL || mode == TransportMode.BARGE);
            if (bySea) {
                return Lateness.blend(Lateness.linerSchedules(), observed, DurationDistribution.DEFAULT_PRIOR_WEIGHT);
            }
            return samples.size() < MIN_HISTORY ? Lateness.none() : observed;
        });
    }

    private static String latenessKey(LegType type, TransportMode mode) {
        return type + "/" + mode;
    }

    public int samples(LegKey key) {
        return history.getOrDefault(key, List.of()).size();
    }

    public long version() {
        return version;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public int observationCount() {
        return observationCount;
    }

    public int keyCount() {
        return history.size();
    }
}

package org.harbormaster.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.harbormaster.prediction.DurationDistribution;
import org.harbormaster.prediction.LegKey;
import org.harbormaster.prediction.LegKey.Scope;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Plan;

/**
 * What a store of leg durations would hold for a plan's legs after some months of history: for each leg a
 * log-normal prior around its planned duration (P90 30% above the median) blended with observed durations
 * that run a little later than planned and spread about 20%. Each is kept at the scope such history is
 * usually learned at, so a prediction walks every step of the fallback chain: vessel and rail legs per
 * carrier on the lane, terminal and ramp dwells per place, drayage per country pair, the origin terminal
 * only per leg type. A transshipment followed by its connecting vessel is left out: the sailing decides it.
 */
final class LearnedDurations {

    private static final double PRIOR_P90_OVER_MEDIAN = 1.3;
    private static final double HISTORY_LATE_BIAS = 1.05;
    private static final double HISTORY_SIGMA = 0.2;

    private LearnedDurations() {
    }

    static Map<LegKey, DurationDistribution> forLegsOf(Plan plan, int observationsPerKey, long seed) {
        Random random = new Random(seed);
        Map<LegKey, DurationDistribution> known = new HashMap<>();
        List<Leg> legs = plan.legs();
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            Duration planned = Duration.between(leg.plannedStart(), leg.plannedEnd());
            if (isConnection(legs, i) || planned.isZero()) {
                continue;
            }
            DurationDistribution prior = DurationDistribution.logNormal(planned, times(planned, PRIOR_P90_OVER_MEDIAN));
            DurationDistribution history = DurationDistribution.observed(observed(planned, observationsPerKey, random));
            known.put(keyAtUsualScope(leg), DurationDistribution.blend(prior, history));
        }
        return known;
    }

    static LegKey keyAtUsualScope(Leg leg) {
        Scope scope = switch (leg.type()) {
            case MAIN_CARRIAGE, ON_CARRIAGE -> Scope.CARRIER_ON_LANE;
            case DESTINATION_TERMINAL, TRANSSHIPMENT, CONSOLIDATION, DECONSOLIDATION -> Scope.LANE;
            case PICKUP, DELIVERY, EMPTY_RETURN -> Scope.COUNTRY_PAIR;
            case ORIGIN_TERMINAL -> Scope.MODE;
        };
        return LegKey.fallbackChain(leg).stream().filter(k -> k.scope() == scope).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + scope + " key for " + leg));
    }

    private static boolean isConnection(List<Leg> legs, int i) {
        return legs.get(i).type() == LegType.TRANSSHIPMENT && i + 1 < legs.size()
                && legs.get(i + 1).type() == LegType.MAIN_CARRIAGE;
    }

    private static List<Duration> observed(Duration planned, int count, Random random) {
        List<Duration> durations = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            durations.add(times(planned, HISTORY_LATE_BIAS * Math.exp(HISTORY_SIGMA * random.nextGaussian())));
        }
        return durations;
    }

    private static Duration times(Duration duration, double factor) {
        return Duration.ofSeconds(Math.round(duration.getSeconds() * factor));
    }
}

package org.harbormaster.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;

/**
 * Predicts the median and P90 of every milestone a shipment has still to reach, by propagating from the
 * latest milestone that happened (the anchor; the plan's start when nothing has) through the remaining legs:
 * <ul>
 * <li>a leg starts when the previous one is predicted to end, but not before its planned start;</li>
 * <li>it lasts as long as the distribution found for it under the most specific {@link LegKey} the source
 *     knows (the planned duration if none); the leg the cargo is on only for the share of its plan still
 *     ahead of the anchor;</li>
 * <li>a transshipment ends when the connecting vessel sails: the planned sailing if the cargo reaches the
 *     hub at least the minimum connection time before it, else the first later sailing of a service that
 *     sails every {@link ConnectionRules#sailingInterval()};</li>
 * <li>nothing that has not happened by "as of" is predicted before it, except the sailing of a vessel the
 *     cargo was loaded onto (feeds often report the loading and never the sailing);</li>
 * <li>medians and P90s travel as {@link PredictedTime} says; milestones within a leg are placed at the
 *     share of the leg's planned duration where the plan put them.</li>
 * </ul>
 * Milestones done, cut-offs, and milestones the plan puts before the anchor are not predicted.
 */
public final class ArrivalPredictor {

    private final TransitDistributions transit;
    private final ConnectionRules connections;

    public ArrivalPredictor(TransitDistributions transit, ConnectionRules connections) {
        this.transit = Objects.requireNonNull(transit, "transit");
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** Distributions by key only; carriers' times are taken to run on time. */
    public ArrivalPredictor(Function<LegKey, Optional<DurationDistribution>> distributions, ConnectionRules connections) {
        this(new TransitDistributions() {
            @Override
            public Optional<DurationDistribution> find(LegKey key) {
                return distributions.apply(key);
            }

            @Override
            public Lateness lateness(LegType type, TransportMode mode) {
                return Lateness.none();
            }
        }, connections);
        Objects.requireNonNull(distributions, "distributions");
    }

    private record Segment(LegForecast forecast, double fromShare) {
    }

    public ArrivalPrediction predict(Shipment shipment, Instant asOf) {
        List<Leg> legs = shipment.plan().legs();
        Map<Integer, String> lastOfLeg = lastMilestoneOfEachLeg(shipment.milestones());
        Optional<Milestone> anchor = shipment.lastDone();
        Instant startedFrom = anchor.map(Milestone::actual).orElse(legs.get(0).plannedStart());
        int anchorLeg = anchor.map(Milestone::legIndex).orElse(0);
        double anchorShare = anchor.map(m -> shareOfLeg(m, legs.get(m.legIndex()), lastOfLeg)).orElse(0.0);

        Map<Integer, Segment> segments = new HashMap<>();
        PredictedTime cursor = PredictedTime.exactly(startedFrom);
        PredictedTime connectingDeparture = null;
        for (int i = anchorLeg; i < legs.size(); i++) {
            boolean onIt = anchor.isPresent() && i == anchorLeg;
            if (onIt && anchorShare >= 1) {
                continue;
            }
            Leg leg = legs.get(i);
            PredictedTime start = onIt ? cursor
                    : loadedAboard(anchor, anchorLeg, i) ? cursor.notBefore(leg.plannedStart())
                    : startOf(leg, cursor, connectingDeparture, asOf);
            double shareAhead = onIt ? 1 - anchorShare : 1;
            LegForecast forecast;
            if (isTransshipmentBefore(legs, i)) {
                Connection connection = transship(i, leg, legs.get(i + 1), start, asOf);
                forecast = connection.forecast();
                connectingDeparture = connection.departure();
            } else {
                forecast = travel(i, leg, start, shareAhead, carrierEstimateOfEnd(shipment, lastOfLeg, i), asOf);
                connectingDeparture = null;
            }
            segments.put(i, new Segment(forecast, onIt ? anchorShare : 0));
            cursor = forecast.end();
        }
        List<LegForecast> forecasts = segments.keySet().stream().sorted().map(i -> segments.get(i).forecast()).toList();
        return new ArrivalPrediction(asOf, anchor, startedFrom, forecasts,
                milestonesAhead(shipment, anchor, legs, lastOfLeg, segments, asOf));
    }

    /**
     * Whether the cargo was loaded onto the conveyance of leg {@code i}: then it leaves with it, whether or not
     * the departure has been reported yet (many feeds report loading and never the sailing).
     */
    private static boolean loadedAboard(Optional<Milestone> anchor, int anchorLeg, int i) {
        return anchor.isPresent() && i == anchorLeg + 1 && anchor.get().type() == MilestoneType.LOADED;
    }

    private static PredictedTime startOf(Leg leg, PredictedTime previousEnd, PredictedTime connectingDeparture,
                                         Instant asOf) {
        PredictedTime start = connectingDeparture != null ? connectingDeparture : previousEnd.notBefore(leg.plannedStart());
        return start.notYetHappenedBy(asOf);
    }

    /**
     * A moving or dwell leg: where the carrier estimates the leg's end, that estimate moved by how late carriers'
     * times run (it knows the vessel's schedule and position, which no lane history does); else the distribution
     * of the most specific key known; else the planned duration, moved the same way.
     */
    private LegForecast travel(int index, Leg leg, PredictedTime start, double shareAhead, Instant carrierEnd,
                               Instant asOf) {
        Lateness late = transit.lateness(leg.type(), leg.mode());
        if (carrierEnd != null) {
            Instant p50 = later(carrierEnd.plus(late.p50()), start.p50());
            Instant p90 = later(later(carrierEnd.plus(late.p90()), start.p90()), p50);
            PredictedTime end = new PredictedTime(p50, p90);
            return new LegForecast(index, leg.type(), LegForecast.Basis.CARRIER_ESTIMATE, Optional.empty(),
                    DurationDistribution.fixed(positive(Duration.between(start.p50(), p50))), start,
                    end.notYetHappenedBy(asOf), 0, 0, late, carrierEnd);
        }
        for (LegKey key : LegKey.fallbackChain(leg)) {
            Optional<DurationDistribution> found = transit.find(key);
            if (found.isPresent()) {
                DurationDistribution d = found.get();
                PredictedTime end = start.plus(scaled(d.p50(), shareAhead), scaled(d.p90(), shareAhead));
                return new LegForecast(index, leg.type(), LegForecast.Basis.DISTRIBUTION, Optional.of(key), d, start,
                        end.notYetHappenedBy(asOf), 0, 0);
            }
        }
        Duration planned = scaled(Duration.between(leg.plannedStart(), leg.plannedEnd()), shareAhead);
        Duration median = positive(planned.plus(late.p50()));
        Duration p90 = later(positive(planned.plus(late.p90())), median);
        PredictedTime end = start.plus(median, p90);
        return new LegForecast(index, leg.type(), LegForecast.Basis.PLANNED_DURATION, Optional.empty(),
                DurationDistribution.fixed(planned), start, end.notYetHappenedBy(asOf), 0, 0, late,
                start.p50().plus(planned));
    }

    /** The carrier's estimate of when the leg ends (its last milestone), if it gave one. */
    private static Instant carrierEstimateOfEnd(Shipment shipment, Map<Integer, String> lastOfLeg, int leg) {
        String key = lastOfLeg.get(leg);
        return key == null ? null : shipment.milestone(key).map(Milestone::estimated).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration later(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration scaled(Duration duration, double share) {
        return share >= 1 ? duration : Duration.ofSeconds(Math.round(duration.getSeconds() * share));
    }

    private static boolean isTransshipmentBefore(List<Leg> legs, int i) {
        return legs.get(i).type() == LegType.TRANSSHIPMENT && i + 1 < legs.size()
                && legs.get(i + 1).type() == LegType.MAIN_CARRIAGE;
    }

    /** A transshipment's forecast, and when the connecting vessel the cargo makes sails. */
    private record Connection(LegForecast forecast, PredictedTime departure) {
    }

    /**
     * The dwell at the hub, ending when the cargo is loaded onto the sailing it can make. Departure is a
     * step function of the arrival at the hub and never falls as arrival rises, so the P50 and P90 departures
     * are those of the P50 and P90 arrivals. A plan that allows less than the minimum connection time is taken
     * at its word: the planned slack becomes the minimum.
     */
    private Connection transship(int index, Leg dwell, Leg connecting, PredictedTime arrival, Instant asOf) {
        Instant scheduled = connecting.plannedStart();
        Duration plannedSlack = positive(Duration.between(dwell.plannedStart(), scheduled));
        Duration needed = plannedSlack.compareTo(connections.minimumConnection()) < 0
                ? plannedSlack : connections.minimumConnection();
        Instant lastArrival = scheduled.minus(needed);
        int missed50 = sailingsMissed(arrival.p50(), lastArrival);
        int missed90 = sailingsMissed(arrival.p90(), lastArrival);
        PredictedTime departure = new PredictedTime(sailing(scheduled, missed50), sailing(scheduled, missed90));
        Duration loadedBeforeSailing = positive(Duration.between(dwell.plannedEnd(), scheduled));
        PredictedTime loaded = new PredictedTime(later(departure.p50().minus(loadedBeforeSailing), arrival.p50()),
                later(departure.p90().minus(loadedBeforeSailing), arrival.p90()));
        LegForecast forecast = new LegForecast(index, dwell.type(), LegForecast.Basis.CONNECTING_SAILING,
                Optional.empty(), DurationDistribution.fixed(Duration.between(arrival.p50(), loaded.p50())), arrival,
                loaded.notYetHappenedBy(asOf), missed50, missed90);
        return new Connection(forecast, departure);
    }

    private int sailingsMissed(Instant arrivalAtHub, Instant lastArrival) {
        if (!arrivalAtHub.isAfter(lastArrival)) {
            return 0;
        }
        long lateBy = Duration.between(lastArrival, arrivalAtHub).getSeconds();
        long interval = connections.sailingInterval().getSeconds();
        return (int) ((lateBy + interval - 1) / interval);
    }

    private Instant sailing(Instant scheduled, int sailingsLater) {
        return scheduled.plus(connections.sailingInterval().multipliedBy(sailingsLater));
    }

    private static List<MilestonePrediction> milestonesAhead(Shipment shipment, Optional<Milestone> anchor, List<Leg> legs,
                                                             Map<Integer, String> lastOfLeg, Map<Integer, Segment> segments,
                                                             Instant asOf) {
        List<Milestone> milestones = shipment.milestones();
        int from = anchor.map(milestones::indexOf).orElse(-1) + 1;
        List<MilestonePrediction> out = new ArrayList<>();
        for (Milestone m : milestones.subList(from, milestones.size())) {
            Segment segment = segments.get(m.legIndex());
            if (m.isDone() || m.type().isCutoff() || segment == null) {
                continue;
            }
            double share = shareOfLeg(m, legs.get(m.legIndex()), lastOfLeg);
            double along = segment.fromShare() >= 1 ? 1
                    : clamp((share - segment.fromShare()) / (1 - segment.fromShare()));
            LegForecast leg = segment.forecast();
            PredictedTime at = leg.start().towards(leg.end(), along).notYetHappenedBy(asOf);
            out.add(new MilestonePrediction(m.key(), m.type(), m.legIndex(), m.planned(), m.estimated(), at));
        }
        return out;
    }

    /** Where in its leg the plan puts a milestone: 0 at the start, 1 at the end (always 1 for the leg's last). */
    private static double shareOfLeg(Milestone m, Leg leg, Map<Integer, String> lastOfLeg) {
        if (m.key().equals(lastOfLeg.get(m.legIndex()))) {
            return 1;
        }
        long planned = Duration.between(leg.plannedStart(), leg.plannedEnd()).getSeconds();
        if (m.planned() == null || planned == 0) {
            return 0;
        }
        return clamp((double) Duration.between(leg.plannedStart(), m.planned()).getSeconds() / planned);
    }

    private static Map<Integer, String> lastMilestoneOfEachLeg(List<Milestone> milestones) {
        Map<Integer, String> last = new HashMap<>();
        milestones.stream().filter(m -> !m.type().isCutoff()).forEach(m -> last.put(m.legIndex(), m.key()));
        return last;
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}

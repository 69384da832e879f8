package org.harbormaster.server.demo;

import static org.harbormaster.server.demo.DemoSailings.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harbormaster.server.demo.DemoSailings.Delays;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Shipment;

/**
 * Plays a booked shipment forward to {@code now}: works out when each milestone happens (the plan, the
 * sailing's delays, and the small slips of terminals, customs, rail and trucks, each carried on to the
 * milestones after it), records what has happened by now as actual, and gives a shipment running late an
 * estimate for its next few milestones. Times never run backwards along the plan and never pass now.
 */
final class MilestoneProgress {

    /** Less late than this and nobody re-estimates. */
    private static final Duration RUNNING_LATE = Duration.ofHours(6);
    private static final int ESTIMATES_AHEAD = 4;
    /** How far ahead of a late milestone's plan its delay is known (the carrier's notice, a rollover). */
    private static final Duration NOTICE = Duration.ofDays(3);

    private final Random random;

    MilestoneProgress(Random random) {
        this.random = random;
    }

    Shipment playForward(Shipment booked, Delays delays, Instant now) {
        List<Milestone> milestones = booked.milestones();
        List<Instant> happens = timeline(booked, delays);
        List<Milestone> played = new ArrayList<>(milestones.size());
        boolean started = false;
        Integer estimatesLeft = null;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            Instant at = happens.get(i);
            if (m.type().isCutoff()) {
                played.add(m.planned().isAfter(now) ? m : m.withActual(metBefore(m.planned(), booked)));
            } else if (!at.isAfter(now)) {
                started = true;
                played.add(m.withActual(at));
            } else {
                if (estimatesLeft == null) {
                    // decided once, at the first milestone still to happen
                    boolean late = Duration.between(m.planned(), at).compareTo(RUNNING_LATE) >= 0;
                    boolean known = started || !m.planned().isAfter(now.plus(NOTICE));
                    estimatesLeft = late && known ? ESTIMATES_AHEAD : 0;
                }
                if (estimatesLeft > 0) {
                    estimatesLeft--;
                    played.add(m.withEstimated(at));
                } else {
                    played.add(m);
                }
            }
        }
        return booked.withMilestones(played);
    }

    /** A cut-off is met some hours before the deadline: instructions filed, VGM declared, box gated in. */
    private Instant metBefore(Instant deadline, Shipment shipment) {
        Duration ahead = shipment.details().mode() == Mode.AIR ? hours(random, 1, 5) : hours(random, 2, 30);
        return deadline.minus(ahead).truncatedTo(ChronoUnit.MINUTES);
    }

    /** When each milestone happens (null for cut-offs), non-decreasing along the plan. */
    private List<Instant> timeline(Shipment booked, Delays delays) {
        List<Leg> legs = booked.plan().legs();
        int originTerminal = firstIndexOf(legs, LegType.ORIGIN_TERMINAL);
        int firstMain = firstIndexOf(legs, LegType.MAIN_CARRIAGE);
        int lastMain = lastIndexOf(legs, LegType.MAIN_CARRIAGE);
        Instant plannedDeparture = legs.get(firstMain).plannedStart();
        Duration plannedVoyage = Duration.between(plannedDeparture, legs.get(lastMain).plannedEnd());
        boolean air = booked.details().mode() == Mode.AIR;
        Duration pickupSlip = pickupSlip(air);
        Duration recovery = recovery(delays.arrival());
        Duration landside = Duration.ZERO;
        List<Instant> out = new ArrayList<>();
        Instant previous = null;
        for (Milestone m : booked.milestones()) {
            if (m.type().isCutoff()) {
                out.add(null);
                continue;
            }
            Duration offset;
            int leg = m.legIndex();
            if (leg < originTerminal) {
                offset = pickupSlip.plus(hours(random, -1, 1));
            } else if (leg < firstMain) {
                offset = delays.departure().minus(hours(random, 0, air ? 1 : 3));
            } else if (leg <= lastMain) {
                offset = alongTheVoyage(m, delays, plannedDeparture, plannedVoyage).plus(hours(random, -1, 1));
            } else {
                landside = landside.plus(landsideSlip(m, legs.get(leg), air));
                boolean discharge = leg == lastMain + 1 && m.type() == MilestoneType.DISCHARGED;
                offset = delays.arrival().minus(discharge ? Duration.ZERO : recovery).plus(landside)
                        .plus(jitter(m, air));
            }
            Instant at = m.planned().plus(offset).truncatedTo(ChronoUnit.MINUTES);
            if (previous != null && at.isBefore(previous)) {
                at = previous;
            }
            out.add(at);
            previous = at;
        }
        return out;
    }

    /** Most pickups come within hours of the appointment; a few slip, an ocean pickup by a day. */
    private Duration pickupSlip(boolean air) {
        boolean slips = random.nextDouble() < (air ? 0.05 : 0.1);
        if (air) {
            return slips ? hours(random, 4, 10) : hours(random, -2, 2);
        }
        return slips ? hours(random, 18, 30) : hours(random, -3, 5);
    }

    /** Hubs in between take their share of the delay in proportion to how far along the voyage they are. */
    private static Duration alongTheVoyage(Milestone m, Delays delays, Instant plannedDeparture, Duration voyage) {
        double along = voyage.isZero() ? 1.0
                : Math.max(0.0, Math.min(1.0, (double) Duration.between(plannedDeparture, m.planned()).toMinutes()
                        / voyage.toMinutes()));
        Duration gained = delays.arrival().minus(delays.departure());
        return delays.departure().plus(Duration.ofMinutes(Math.round(gained.toMinutes() * along)));
    }

    /** After discharge, a terminal and a trucker can make up part of a late vessel by working the box faster. */
    private Duration recovery(Duration arrivalDelay) {
        if (arrivalDelay.compareTo(Duration.ofDays(1)) <= 0) {
            return Duration.ZERO;
        }
        double most = Math.min(arrivalDelay.toHours() * 0.3, 36);
        return hours(random, 0, most);
    }

    /** Slips after arrival that everything later inherits: exams, holds, rail dwell, missed appointments. */
    private Duration landsideSlip(Milestone m, Leg leg, boolean air) {
        double roll = random.nextDouble();
        return switch (m.type()) {
            // CBP picks about 3-5 % for exam; an x-ray takes 2-3 days, a tailgate or intensive exam longer
            case CUSTOMS_RELEASED -> roll < (air ? 0.05 : 0.04)
                    ? (air ? hours(random, 24, 48) : hours(random, 48, 168)) : Duration.ZERO;
            case AVAILABLE_FOR_PICKUP -> roll < 0.12 && !air ? hours(random, 12, 72) : Duration.ZERO;
            case STRIPPED -> roll < 0.25 ? hours(random, 12, 48) : Duration.ZERO;
            // rail-bound boxes dwell 4 to 6.4 days at San Pedro Bay against the plan's 4
            case DEPARTED -> leg.type() == LegType.ON_CARRIAGE ? hours(random, 0, 60) : Duration.ZERO;
            case ARRIVED -> leg.type() == LegType.ON_CARRIAGE && roll < 0.15 ? hours(random, 12, 48) : Duration.ZERO;
            case GATE_OUT -> roll < 0.2 && !air ? hours(random, 20, 28) : Duration.ZERO;
            default -> Duration.ZERO;
        };
    }

    /** Noise on one milestone only, not carried on. */
    private Duration jitter(Milestone m, boolean air) {
        return switch (m.type()) {
            // a ship berths, then works for a day; a freighter is unloaded in an hour or two
            case DISCHARGED -> air ? hours(random, 1, 3) : hours(random, 4, 20);
            case EMPTY_RETURNED -> hours(random, -48, 72);
            default -> air ? hours(random, -0.5, 1) : hours(random, -3, 3);
        };
    }

    private static int firstIndexOf(List<Leg> legs, LegType type) {
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).type() == type) {
                return i;
            }
        }
        throw new IllegalArgumentException("plan has no " + type + " leg");
    }

    private static int lastIndexOf(List<Leg> legs, LegType type) {
        for (int i = legs.size() - 1; i >= 0; i--) {
            if (legs.get(i).type() == type) {
                return i;
            }
        }
        throw new IllegalArgumentException("plan has no " + type + " leg");
    }
}

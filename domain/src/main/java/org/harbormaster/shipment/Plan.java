package org.harbormaster.shipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered legs a shipment is meant to take. Its milestones are derived from the legs, never edited
 * on their own: a plan edit re-derives them and keeps the estimated and actual times already known.
 */
public record Plan(List<Leg> legs) {

    public Plan {
        legs = List.copyOf(legs);
        List<FieldProblem> problems = check(legs);
        if (!problems.isEmpty()) {
            throw new InvalidShipmentException(problems);
        }
    }

    private static List<FieldProblem> check(List<Leg> legs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (legs.isEmpty()) {
            problems.add(new FieldProblem("plan.legs", "a plan needs at least one leg"));
        }
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            String path = "plan.legs[" + i + "]";
            if (leg.plannedEnd().isBefore(leg.plannedStart())) {
                problems.add(new FieldProblem(path + ".plannedEnd", "ends before it starts ("
                        + leg.plannedEnd() + " < " + leg.plannedStart() + ")"));
            }
            if (leg.type().moves() && leg.mode() == null) {
                problems.add(new FieldProblem(path + ".mode", "a " + leg.type() + " leg needs a transport mode"));
            }
            if (!leg.type().moves() && !leg.from().locode().equals(leg.to().locode())) {
                problems.add(new FieldProblem(path + ".to", "a " + leg.type() + " leg stays at one place"));
            }
            if (!leg.cutoffs().isEmpty() && leg.type() != LegType.ORIGIN_TERMINAL) {
                problems.add(new FieldProblem(path + ".cutoffs", "cut-offs belong to the origin terminal leg"));
            }
            if (i > 0) {
                Leg previous = legs.get(i - 1);
                if (!previous.to().locode().equals(leg.from().locode())) {
                    problems.add(new FieldProblem(path + ".from", "starts at " + leg.from().locode()
                            + " but the previous leg ends at " + previous.to().locode()));
                }
                if (leg.plannedStart().isBefore(previous.plannedEnd())) {
                    problems.add(new FieldProblem(path + ".plannedStart", "starts before the previous leg ends ("
                            + leg.plannedStart() + " < " + previous.plannedEnd() + ")"));
                }
            }
        }
        return problems;
    }

    public Leg firstLeg() {
        return legs.get(0);
    }

    public Leg lastLeg() {
        return legs.get(legs.size() - 1);
    }

    /** The ports where one main carriage ends and the next begins. */
    public List<Location> transshipmentPoints() {
        return legs.stream().filter(l -> l.type() == LegType.TRANSSHIPMENT).map(Leg::from).toList();
    }

    /**
     * The milestones the legs imply, in plan order, with planned times and no estimates or actuals.
     * Keys are the milestone type and place, with a counter where the same pair repeats.
     */
    public List<Milestone> impliedMilestones() {
        List<Milestone> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean customsPlaced = false;
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            LegType next = i + 1 < legs.size() ? legs.get(i + 1).type() : null;
            for (Implied implied : implied(leg, next, customsPlaced)) {
                customsPlaced |= implied.type == MilestoneType.CUSTOMS_RELEASED;
                String base = implied.type + "@" + implied.location.locode();
                int occurrence = seen.merge(base, 1, Integer::sum);
                String key = occurrence == 1 ? base : base + "#" + occurrence;
                result.add(new Milestone(key, implied.type, implied.location, i, implied.planned, null, null));
            }
        }
        return result;
    }

    private record Implied(MilestoneType type, Location location, Instant planned) {
    }

    private static List<Implied> implied(Leg leg, LegType next, boolean customsPlaced) {
        Location from = leg.from();
        Location to = leg.to();
        Instant start = leg.plannedStart();
        Instant end = leg.plannedEnd();
        List<Implied> out = new ArrayList<>();
        switch (leg.type()) {
            case PICKUP -> {
                out.add(new Implied(MilestoneType.PICKED_UP, from, start));
                out.add(new Implied(MilestoneType.GATE_IN, to, end));
            }
            case CONSOLIDATION -> out.add(new Implied(MilestoneType.STUFFED, from, end));
            case ORIGIN_TERMINAL -> {
                leg.cutoffs().entrySet().stream()
                        .sorted(Map.Entry.<CutoffType, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(c -> out.add(new Implied(c.getKey().milestone(), from, c.getValue())));
                out.add(new Implied(MilestoneType.LOADED, from, end));
            }
            case MAIN_CARRIAGE, ON_CARRIAGE -> {
                out.add(new Implied(MilestoneType.DEPARTED, from, start));
                out.add(new Implied(MilestoneType.ARRIVED, to, end));
            }
            case TRANSSHIPMENT -> {
                out.add(new Implied(MilestoneType.DISCHARGED, from, start));
                out.add(new Implied(MilestoneType.LOADED, from, end));
            }
            case DESTINATION_TERMINAL -> {
                out.add(new Implied(MilestoneType.DISCHARGED, from, start));
                if (!customsPlaced) {
                    out.add(new Implied(MilestoneType.CUSTOMS_RELEASED, from, midpoint(start, end)));
                }
                if (next == null || next == LegType.DELIVERY) {
                    out.add(new Implied(MilestoneType.AVAILABLE_FOR_PICKUP, from, end));
                }
            }
            case DECONSOLIDATION -> {
                out.add(new Implied(MilestoneType.STRIPPED, from, start));
                out.add(new Implied(MilestoneType.AVAILABLE_FOR_PICKUP, from, end));
            }
            case DELIVERY -> {
                out.add(new Implied(MilestoneType.GATE_OUT, from, start));
                out.add(new Implied(MilestoneType.DELIVERED, to, end));
            }
            case EMPTY_RETURN -> out.add(new Implied(MilestoneType.EMPTY_RETURNED, to, end));
            default -> throw new IllegalStateException("unhandled leg type " + leg.type());
        }
        return out;
    }

    private static Instant midpoint(Instant start, Instant end) {
        return start.plus(java.time.Duration.between(start, end).dividedBy(2));
    }

    /** The milestones of this plan, keeping estimated and actual times from {@code current} where keys match. */
    public List<Milestone> milestonesKeepingTimesOf(List<Milestone> current) {
        Map<String, Milestone> byKey = new HashMap<>();
        current.forEach(m -> byKey.put(m.key(), m));
        return impliedMilestones().stream()
                .map(m -> byKey.containsKey(m.key()) ? m.carryingTimesOf(byKey.get(m.key())) : m)
                .toList();
    }
}

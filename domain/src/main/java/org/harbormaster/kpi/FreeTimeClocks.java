package org.harbormaster.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.MilestoneType;

/**
 * Where a shipment's demurrage and detention clocks start and stop, read from its milestones in plan order,
 * as the free-time exception rule reads them: demurrage from the discharge after the last main carriage to
 * the first full gate-out (or rail departure) at that port; detention from the first full gate-out after the
 * discharge to the empty return after it. Only a clock whose start has an actual is returned.
 */
public final class FreeTimeClocks {

    /** A milestone of the plan with the type of its leg and its actual time (null: not happened). */
    public record Step(MilestoneType type, UnLocode location, LegType legType, Instant actual) {

        public Step {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(legType, "legType");
        }
    }

    /** A clock that has started; {@code ended} is null while it runs. */
    public record Clock(ChargeKind kind, UnLocode port, Instant started, Instant available, Instant ended) {
    }

    private FreeTimeClocks() {
    }

    public static List<Clock> of(List<Step> steps) {
        int discharge = dischargeAtDestination(steps);
        if (discharge < 0) {
            return List.of();
        }
        List<Clock> clocks = new ArrayList<>();
        Step start = steps.get(discharge);
        UnLocode port = start.location();
        int out = -1;
        Instant available = null;
        for (int i = discharge + 1; i < steps.size() && out < 0; i++) {
            Step s = steps.get(i);
            if (s.type() == MilestoneType.AVAILABLE_FOR_PICKUP && s.location().equals(port) && available == null) {
                available = s.actual();
            }
            boolean leaves = s.type() == MilestoneType.GATE_OUT
                    || (s.type() == MilestoneType.DEPARTED && s.legType() == LegType.ON_CARRIAGE);
            if (leaves && s.location().equals(port)) {
                out = i;
            }
        }
        if (out < 0) {
            return List.of();
        }
        if (start.actual() != null) {
            clocks.add(new Clock(ChargeKind.DEMURRAGE, port, start.actual(), available, steps.get(out).actual()));
        }
        detention(steps, discharge).ifPresent(clocks::add);
        return clocks;
    }

    /** The first discharge after the last main-carriage leg: at the port of discharge, not a transshipment. */
    private static int dischargeAtDestination(List<Step> steps) {
        int lastVoyage = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).legType() == LegType.MAIN_CARRIAGE) {
                lastVoyage = i;
            }
        }
        for (int i = lastVoyage + 1; i < steps.size(); i++) {
            if (steps.get(i).type() == MilestoneType.DISCHARGED) {
                return lastVoyage < 0 ? -1 : i;
            }
        }
        return -1;
    }

    private static Optional<Clock> detention(List<Step> steps, int discharge) {
        for (int i = discharge + 1; i < steps.size(); i++) {
            Step gateOut = steps.get(i);
            if (gateOut.type() == MilestoneType.GATE_OUT) {
                for (int j = i + 1; j < steps.size(); j++) {
                    Step empty = steps.get(j);
                    if (empty.type() == MilestoneType.EMPTY_RETURNED) {
                        return gateOut.actual() == null ? Optional.empty()
                                : Optional.of(new Clock(ChargeKind.DETENTION, gateOut.location(),
                                gateOut.actual(), null, empty.actual()));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

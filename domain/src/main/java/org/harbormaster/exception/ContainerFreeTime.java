package org.harbormaster.exception;

import java.util.List;
import java.util.Optional;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.demurrage.ChargeEstimate;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.money.demurrage.ClockStart;
import org.harbormaster.money.demurrage.EquipmentClass;
import org.harbormaster.money.demurrage.FreeTimeTariff;
import org.harbormaster.money.demurrage.LastFreeDay;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * One container's demurrage or detention clock at the port of discharge, read from the shipment's milestones:
 * demurrage runs from discharge (or availability, where the tariff counts from it) to the full gate-out (or
 * the rail departure) there, detention from the full gate-out (at the port, or at the inland ramp after
 * rail) to the empty return. Only a clock that has
 * started (its first milestone has an actual) and has a tariff is read; with no tariff there is nothing to
 * compute, and no finding.
 *
 * @param predictedEnd when the clock is expected to stop, and on whose word (the later of the carrier's and our median)
 */
public record ContainerFreeTime(Container container, ChargeKind kind, UnLocode port, Milestone start, Milestone end,
                                Outlook predictedEnd, FreeTimeTariff tariff, ChargeEstimate estimate) {

    /** Every container's demurrage and detention clock that has started and has a tariff (what a shipment page shows). */
    public static List<ContainerFreeTime> of(AlertContext ctx) {
        List<ContainerFreeTime> clocks = new java.util.ArrayList<>();
        for (Container container : ctx.details().cargo().containers()) {
            for (ChargeKind kind : ChargeKind.values()) {
                of(ctx, container, kind).ifPresent(clocks::add);
            }
        }
        return clocks;
    }

    /** When the clock is expected to stop. */
    public java.time.Instant predictedEndAt() {
        return predictedEnd.at();
    }

    /** On whose word: "actual", "carrier estimate", "our median prediction", "plan". */
    public String predictedEndBasis() {
        return predictedEnd.basis();
    }

    /** The milestones that start and stop a clock. */
    private record Clock(Milestone start, Milestone end) {
    }

    static Optional<ContainerFreeTime> of(AlertContext ctx, Container container, ChargeKind kind) {
        Optional<Clock> clock = kind == ChargeKind.DEMURRAGE ? demurrageClock(ctx.shipment())
                : detentionClock(ctx.shipment());
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        UnLocode port = clock.get().start().location().locode();
        Optional<FreeTimeTariff> tariff = ctx.tariffs().find(kind, EquipmentClass.of(container.sizeType()),
                ctx.details().carrier(), port);
        if (tariff.isEmpty()) {
            return Optional.empty();
        }
        Milestone start = startOf(ctx.shipment(), clock.get(), tariff.get().clockStart());
        return start.isDone()
                ? Optional.of(estimate(ctx, container, kind, start, clock.get().end(), tariff.get()))
                : Optional.empty();
    }

    /** The milestone the tariff counts from: the availability at the port where the plan has one, else the clock's start. */
    private static Milestone startOf(Shipment shipment, Clock clock, ClockStart counted) {
        if (counted != ClockStart.AVAILABILITY) {
            return clock.start();
        }
        List<Milestone> ms = shipment.milestones();
        return ms.subList(ms.indexOf(clock.start()), ms.indexOf(clock.end())).stream()
                .filter(m -> m.type() == MilestoneType.AVAILABLE_FOR_PICKUP)
                .findFirst().orElse(clock.start());
    }

    private static ContainerFreeTime estimate(AlertContext ctx, Container container, ChargeKind kind, Milestone start,
                                              Milestone end, FreeTimeTariff tariff) {
        UnLocode port = start.location().locode();
        LastFreeDay lfd = LastFreeDay.of(tariff, start.actual(), start.location().zone(), ctx.calendarAt(port));
        Outlook endOutlook = end.isDone() ? new Outlook(end.actual(), "actual") : ctx.outlook(end);
        ChargeEstimate estimate = ChargeEstimate.of(tariff, lfd, end.actual(), endOutlook.at(), ctx.now());
        return new ContainerFreeTime(container, kind, port, start, end, endOutlook, tariff, estimate);
    }

    public LastFreeDay lastFreeDay() {
        return estimate.lastFreeDay();
    }

    /** Discharge at the final port of discharge, and the first gate-out or rail departure after it there. */
    private static Optional<Clock> demurrageClock(Shipment shipment) {
        List<Milestone> ms = shipment.milestones();
        int lastVoyage = lastLegOf(shipment, LegType.MAIN_CARRIAGE);
        for (int i = 0; i < ms.size(); i++) {
            Milestone m = ms.get(i);
            if (m.type() == MilestoneType.DISCHARGED && m.legIndex() > lastVoyage) {
                Optional<Milestone> out = leavingTerminal(shipment, ms, i, m.location().locode());
                return out.map(o -> new Clock(m, o));
            }
        }
        return Optional.empty();
    }

    private static Optional<Milestone> leavingTerminal(Shipment shipment, List<Milestone> ms, int from, UnLocode port) {
        List<Leg> legs = shipment.plan().legs();
        return ms.subList(from + 1, ms.size()).stream()
                .filter(m -> m.location().locode().equals(port))
                .filter(m -> m.type() == MilestoneType.GATE_OUT || (m.type() == MilestoneType.DEPARTED
                        && legs.get(m.legIndex()).type() == LegType.ON_CARRIAGE))
                .findFirst();
    }

    /** The first full gate-out after discharge (at the port, or at the inland ramp after rail), to the empty return. */
    private static Optional<Clock> detentionClock(Shipment shipment) {
        Optional<Clock> demurrage = demurrageClock(shipment);
        if (demurrage.isEmpty()) {
            return Optional.empty();
        }
        List<Milestone> ms = shipment.milestones();
        List<Milestone> after = ms.subList(ms.indexOf(demurrage.get().start()) + 1, ms.size());
        Optional<Milestone> gateOut = after.stream().filter(m -> m.type() == MilestoneType.GATE_OUT).findFirst();
        return gateOut.flatMap(out -> after.subList(after.indexOf(out) + 1, after.size()).stream()
                .filter(m -> m.type() == MilestoneType.EMPTY_RETURNED)
                .findFirst()
                .map(empty -> new Clock(out, empty)));
    }

    private static int lastLegOf(Shipment shipment, LegType type) {
        List<Leg> legs = shipment.plan().legs();
        for (int i = legs.size() - 1; i >= 0; i--) {
            if (legs.get(i).type() == type) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

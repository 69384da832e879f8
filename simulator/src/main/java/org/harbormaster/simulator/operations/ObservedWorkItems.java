package org.harbormaster.simulator.operations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * The rules the simulation's operators work by, until the exception engine replaces them: a suspected
 * rollover, a suspected customs hold, and a last free day approaching. Each reads only the shipment's plan and
 * recorded milestones, so a missing report raises an item as a real hold would.
 */
public final class ObservedWorkItems implements WorkItemSource {

    static final Duration ROLLOVER_GRACE = Duration.ofDays(1);
    static final Duration RELEASE_EXPECTED_WITHIN = Duration.ofHours(36);

    private final Function<UnLocode, Integer> freeTimeWorkingDays;
    private final Duration lastFreeDayWarning;

    public ObservedWorkItems(Function<UnLocode, Integer> freeTimeWorkingDays, Duration lastFreeDayWarning) {
        this.freeTimeWorkingDays = freeTimeWorkingDays;
        this.lastFreeDayWarning = lastFreeDayWarning;
    }

    @Override
    public List<WorkItem> review(Shipment shipment, Instant now) {
        List<WorkItem> items = new ArrayList<>(1);
        rollover(shipment, now, items);
        customsHold(shipment, now, items);
        lastFreeDay(shipment, now, items);
        return items;
    }

    private static void rollover(Shipment shipment, Instant now, List<WorkItem> items) {
        Optional<Milestone> departure = firstOfType(shipment, MilestoneType.DEPARTED);
        departure.filter(m -> !m.isDone() && m.planned() != null && now.isAfter(m.planned().plus(ROLLOVER_GRACE)))
                .ifPresent(m -> items.add(new WorkItem(shipment.id(), WorkItem.Kind.ROLLOVER_SUSPECTED, now,
                        now.plus(Duration.ofDays(1)), "no departure recorded from " + m.location().locode())));
    }

    private static void customsHold(Shipment shipment, Instant now, List<WorkItem> items) {
        Optional<Milestone> release = firstOfType(shipment, MilestoneType.CUSTOMS_RELEASED);
        if (release.isEmpty() || release.get().isDone()) {
            return;
        }
        dischargeAtPortOfEntry(shipment)
                .filter(d -> now.isAfter(d.actual().plus(RELEASE_EXPECTED_WITHIN)))
                .ifPresent(d -> items.add(new WorkItem(shipment.id(), WorkItem.Kind.CUSTOMS_HOLD, now,
                        now.plus(Duration.ofDays(1)), "no customs release at " + d.location().locode())));
    }

    /** A carrier's report that customs selected the container for a scan or an inspection, or holds it. */
    @Override
    public List<WorkItem> signalled(Shipment shipment, MilestoneEvent event, Instant now) {
        String code = event.sourceCode() == null ? "" : event.sourceCode();
        boolean hold = code.startsWith("CUSI") || code.startsWith("CUSS") || code.startsWith("HOLD");
        return hold ? List.of(new WorkItem(shipment.id(), WorkItem.Kind.CUSTOMS_HOLD, now, now.plus(Duration.ofDays(1)),
                "customs hold reported (" + code + ") by " + event.source())) : List.of();
    }

    private void lastFreeDay(Shipment shipment, Instant now, List<WorkItem> items) {
        Optional<Milestone> discharge = lastTerminalDischarge(shipment);
        if (discharge.isEmpty()) {
            return;
        }
        UnLocode terminal = discharge.get().location().locode();
        Optional<Milestone> gateOut = shipment.milestones().stream()
                .filter(m -> m.type() == MilestoneType.GATE_OUT && m.location().locode().equals(terminal)).findFirst();
        if (gateOut.isEmpty() || gateOut.get().isDone()) {
            return;
        }
        Integer freeDays = freeTimeWorkingDays.apply(terminal);
        if (freeDays == null) {
            return;
        }
        Instant lastFreeDayEnds = endOfLastFreeDay(discharge.get().actual(), terminal.zone(), freeDays);
        if (!now.isBefore(lastFreeDayEnds.minus(lastFreeDayWarning)) && now.isBefore(lastFreeDayEnds)) {
            items.add(new WorkItem(shipment.id(), WorkItem.Kind.LAST_FREE_DAY_APPROACHING, now, lastFreeDayEnds,
                    "last free day at " + terminal + " ends " + lastFreeDayEnds));
        }
    }

    /** The end of the last free day: discharge day plus the free working days (Saturday and Sunday not counted). */
    public static Instant endOfLastFreeDay(Instant discharged, ZoneId zone, int freeWorkingDays) {
        LocalDate day = discharged.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < freeWorkingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Optional<Milestone> firstOfType(Shipment shipment, MilestoneType type) {
        return shipment.milestones().stream().filter(m -> m.type() == type).findFirst();
    }

    private static Optional<Milestone> dischargeAtPortOfEntry(Shipment shipment) {
        return shipment.milestones().stream()
                .filter(m -> m.type() == MilestoneType.DISCHARGED && m.isDone()
                        && shipment.plan().legs().get(m.legIndex()).type() == LegType.DESTINATION_TERMINAL)
                .findFirst();
    }

    /** Where the container waits for its trucker: the last terminal it is discharged at. */
    private static Optional<Milestone> lastTerminalDischarge(Shipment shipment) {
        Milestone last = null;
        for (Milestone m : shipment.milestones()) {
            if (m.type() == MilestoneType.DISCHARGED
                    && shipment.plan().legs().get(m.legIndex()).type() == LegType.DESTINATION_TERMINAL) {
                last = m;
            }
        }
        return last != null && last.isDone() ? Optional.of(last) : Optional.empty();
    }
}

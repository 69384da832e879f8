package org.harbormaster.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.ChargeEstimate;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.money.demurrage.ClockStart;
import org.harbormaster.money.demurrage.EquipmentClass;
import org.harbormaster.money.demurrage.FreeTimeTariff;
import org.harbormaster.money.demurrage.LastFreeDay;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.money.demurrage.WorkingCalendar;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * One container's demurrage or detention clock on the shipment page: its last free day with the days left (or
 * over), and the charges accrued so far and projected to the expected end. Demurrage runs from the final discharge
 * (or the availability, where the tariff counts from it) to the full gate-out there; detention from that gate-out
 * to the empty return. A clock that has not started yet is projected from its expected start, and says so.
 *
 * @param started     false while the clock's first milestone has not happened (everything is then a projection)
 * @param countdown   "3 days left", "last free day today", "2 days over"
 */
public record FreeTimeLine(String container, String kind, String port, boolean started, String lastFreeDay,
                           String countdown, boolean over, String accrued, String projected, String terms,
                           String explanation) {

    static List<FreeTimeLine> of(Shipment shipment, Map<String, Instant> predictedMedians, TariffBook tariffs,
                                 Instant now) {
        List<FreeTimeLine> lines = new ArrayList<>();
        List<Milestone> ms = shipment.milestones();
        Optional<Milestone> discharge = ms.stream().filter(m -> m.type() == MilestoneType.DISCHARGED)
                .reduce((first, second) -> second);
        if (discharge.isEmpty() || shipment.details().carrier() == null) {
            return lines;
        }
        List<Milestone> after = ms.subList(ms.indexOf(discharge.get()) + 1, ms.size());
        Optional<Milestone> gateOut = after.stream().filter(m -> m.type() == MilestoneType.GATE_OUT).findFirst();
        Optional<Milestone> available = after.stream().filter(m -> m.type() == MilestoneType.AVAILABLE_FOR_PICKUP)
                .findFirst();
        Optional<Milestone> emptyReturn = after.stream().filter(m -> m.type() == MilestoneType.EMPTY_RETURNED)
                .findFirst();
        for (Container c : shipment.details().cargo().containers()) {
            EquipmentClass equipment = EquipmentClass.of(c.sizeType());
            tariffs.find(ChargeKind.DEMURRAGE, equipment, shipment.details().carrier(), discharge.get().location().locode())
                    .ifPresent(t -> {
                        Milestone start = t.clockStart() == ClockStart.AVAILABILITY && available.isPresent()
                                ? available.get() : discharge.get();
                        gateOut.ifPresent(end -> line(c, t, start, end, predictedMedians, now).ifPresent(lines::add));
                    });
            if (gateOut.isPresent() && emptyReturn.isPresent()) {
                tariffs.find(ChargeKind.DETENTION, equipment, shipment.details().carrier(),
                                gateOut.get().location().locode())
                        .ifPresent(t -> line(c, t, gateOut.get(), emptyReturn.get(), predictedMedians, now)
                                .ifPresent(lines::add));
            }
        }
        return lines;
    }

    private static Optional<FreeTimeLine> line(Container c, FreeTimeTariff tariff, Milestone start, Milestone end,
                                               Map<String, Instant> medians, Instant now) {
        Instant startsAt = start.isDone() ? start.actual() : expected(start, medians);
        if (startsAt == null) {
            return Optional.empty();
        }
        WorkingCalendar calendar = WorkingCalendar.forLocation(start.location().locode());
        LastFreeDay lfd = LastFreeDay.of(tariff, startsAt, start.location().zone(), calendar);
        Instant endsAt = end.isDone() ? end.actual() : expected(end, medians);
        ChargeEstimate estimate = ChargeEstimate.of(tariff, lfd, end.isDone() ? end.actual() : null,
                endsAt == null ? now : endsAt, now);
        LocalDate today = LocalDate.ofInstant(now, start.location().zone());
        long daysLeft = ChronoUnit.DAYS.between(today, lfd.date());
        boolean stopped = end.isDone();
        String countdown = stopped ? "stopped " + end.actualLocal().map(t -> t.toLocalDate().toString()).orElse("")
                : daysLeft > 1 ? daysLeft + " days left" : daysLeft == 1 ? "1 day left"
                : daysLeft == 0 ? "last free day today" : (-daysLeft) + (daysLeft == -1 ? " day over" : " days over");
        return Optional.of(new FreeTimeLine(c.number().toString(), tariff.kind() == ChargeKind.DEMURRAGE ? "Demurrage"
                : "Detention", start.location().locode().toString(), start.isDone(), lfd.date().toString(), countdown,
                !stopped && daysLeft < 0, start.isDone() ? money(estimate.accrued().total()) : "—",
                money(estimate.projected().total()), tariff.terms(), lfd.explanation()));
    }

    /** The carrier's estimate, else our predicted median, else the plan. */
    private static Instant expected(Milestone m, Map<String, Instant> medians) {
        if (m.estimated() != null) {
            return m.estimated();
        }
        Instant median = medians.get(m.key());
        return median != null ? median : m.planned();
    }

    private static String money(Money m) {
        return String.format(java.util.Locale.ENGLISH, "%,.2f %s", m.amount(), m.currency().getCurrencyCode());
    }
}

package org.harbormaster.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.ChargeEstimate;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.money.demurrage.ClockStart;
import org.harbormaster.money.demurrage.FreeTimeTariff;
import org.harbormaster.money.demurrage.LastFreeDay;
import org.harbormaster.money.demurrage.WorkingCalendar;

/**
 * Each KPI as a named computation from its facts to observations; {@link KpiAggregation} sums them per group.
 * A fact a KPI cannot judge (nothing planned, not happened yet, no tariff) gives no observation, so it counts
 * in neither numerator nor denominator.
 */
public final class KpiDefinitions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double SECONDS_PER_HOUR = 3600.0;

    private KpiDefinitions() {
    }

    public static List<Observation> observe(Kpi kpi, KpiFacts facts, KpiSettings settings) {
        return switch (kpi) {
            case ON_TIME_ARRIVAL -> onTime(facts.milestones(), MilestoneOutcome.Kind.ARRIVAL, settings.onTimeTolerance());
            case ON_TIME_DELIVERY -> onTime(facts.milestones(), MilestoneOutcome.Kind.DELIVERY, settings.onTimeTolerance());
            case DELIVERY_AS_PROMISED -> deliveredAsPromised(facts.milestones(), settings.onTimeTolerance());
            case MILESTONE_TIMELINESS -> reportedInTime(facts.reports(), settings.reportedWithin());
            case REPORTING_DELAY -> reportingDelay(facts.reports());
            case FINDINGS_PER_100_EVENTS -> findingsPerEvent(facts.events());
            case UNMATCHED_EVENTS -> unmatchedEvents(facts.events());
            case QUARANTINED_MESSAGES -> quarantinedMessages(facts.messages());
            case TIME_TO_ACKNOWLEDGE -> hoursTo(facts.alerts(), true);
            case TIME_TO_RESOLVE -> hoursTo(facts.alerts(), false);
            case SLA_BREACH_RATE -> slaBreaches(facts.alerts());
            case BUDGET_ADHERENCE -> withinBudget(facts.budgets(), settings.budgetTolerancePercent());
            case BUDGET_COVERAGE -> budgeted(facts.budgets());
            case DEMURRAGE_PER_CONTAINER -> chargesPerContainer(facts.containers(), ChargeKind.DEMURRAGE, settings);
            case DETENTION_PER_CONTAINER -> chargesPerContainer(facts.containers(), ChargeKind.DETENTION, settings);
        };
    }

    /** Happened no later than planned plus the tolerance; sample: hours late (negative: early). */
    static List<Observation> onTime(List<MilestoneOutcome> outcomes, MilestoneOutcome.Kind kind, Duration tolerance) {
        List<Observation> out = new ArrayList<>();
        for (MilestoneOutcome m : outcomes) {
            if (m.kind() == kind && m.planned() != null && m.actual() != null) {
                boolean onTime = !m.actual().isAfter(m.planned().plus(tolerance));
                out.add(Observation.counted(m.subject(), m.planned(), onTime, hours(m.planned(), m.actual())));
            }
        }
        return out;
    }

    /** Delivered before the end of the promised day at the place of delivery, plus the tolerance. */
    static List<Observation> deliveredAsPromised(List<MilestoneOutcome> outcomes, Duration tolerance) {
        List<Observation> out = new ArrayList<>();
        for (MilestoneOutcome m : outcomes) {
            if (m.kind() == MilestoneOutcome.Kind.DELIVERY && m.promised() != null && m.actual() != null) {
                Instant promisedBy = m.promised().plusDays(1).atStartOfDay(m.zone()).toInstant();
                boolean kept = m.actual().isBefore(promisedBy.plus(tolerance));
                out.add(Observation.counted(m.subject(), m.dated(), kept, hours(promisedBy, m.actual())));
            }
        }
        return out;
    }

    /** Received within the window of happening; sample: hours from happening to receipt. */
    static List<Observation> reportedInTime(List<MilestoneReport> reports, Duration within) {
        return reports.stream().map(r -> Observation.counted(r.subject(), r.happened(),
                r.delay().compareTo(within) <= 0, r.delay().getSeconds() / SECONDS_PER_HOUR)).toList();
    }

    static List<Observation> reportingDelay(List<MilestoneReport> reports) {
        return reports.stream().map(r -> duration(r.subject(), r.happened(), r.delay())).toList();
    }

    /** Numerator: the event's findings; denominator: one event. */
    static List<Observation> findingsPerEvent(List<EventReceipt> events) {
        return events.stream().map(e -> new Observation(e.subject(), e.received(), BigDecimal.valueOf(e.findings()),
                BigDecimal.ONE, null, "")).toList();
    }

    static List<Observation> unmatchedEvents(List<EventReceipt> events) {
        return events.stream().map(e -> Observation.counted(e.subject(), e.received(), e.unmatched(), null)).toList();
    }

    static List<Observation> quarantinedMessages(List<MessageReceipt> messages) {
        return messages.stream().map(m -> Observation.counted(m.subject(), m.received(), m.quarantined(), null)).toList();
    }

    /** Cases acknowledged (or resolved), each a sample of the hours it took; cases still waiting are left out. */
    static List<Observation> hoursTo(List<AlertCase> alerts, boolean acknowledge) {
        List<Observation> out = new ArrayList<>();
        for (AlertCase a : alerts) {
            Optional<Duration> took = acknowledge ? a.timeToAcknowledge() : a.timeToResolve();
            took.ifPresent(d -> out.add(duration(a.subject(), a.opened(), d)));
        }
        return out;
    }

    static List<Observation> slaBreaches(List<AlertCase> alerts) {
        return alerts.stream().map(a -> Observation.counted(a.subject(), a.opened(), a.breached(), null)).toList();
    }

    /** Shipments with a budget and known actual costs: in every currency, costs at most budget x (1 + tolerance). */
    static List<Observation> withinBudget(List<ShipmentBudget> budgets, BigDecimal tolerancePercent) {
        BigDecimal factor = BigDecimal.ONE.add(tolerancePercent.divide(HUNDRED));
        List<Observation> out = new ArrayList<>();
        for (ShipmentBudget b : budgets) {
            if (b.budget().isEmpty() || !b.hasActualCosts()) {
                continue;
            }
            Map<Currency, Money> planned = b.budget().totals();
            boolean within = totals(b.actualCosts()).entrySet().stream().allMatch(spent -> {
                Money limit = planned.getOrDefault(spent.getKey(), Money.zero(spent.getKey()));
                return spent.getValue().amount().compareTo(limit.amount().multiply(factor)) <= 0;
            });
            out.add(Observation.counted(b.subject(), b.booked(), within, null));
        }
        return out;
    }

    static List<Observation> budgeted(List<ShipmentBudget> budgets) {
        return budgets.stream().map(b -> Observation.counted(b.subject(), b.booked(), !b.budget().isEmpty(), null))
                .toList();
    }

    /**
     * Each container's charge by the tariff book, once its clock has stopped (picked up, or the empty returned).
     * A clock still running is the exception queue's business, not a KPI's: a container whose tracking stopped
     * would otherwise accrue for ever. Numerator: the charge; denominator: one container; sample: chargeable
     * days. A container with no tariff for its carrier, port and equipment cannot be priced and is left out.
     */
    static List<Observation> chargesPerContainer(List<ContainerClock> clocks, ChargeKind kind, KpiSettings settings) {
        List<Observation> out = new ArrayList<>();
        for (ContainerClock c : clocks) {
            if (c.kind() != kind || c.ended() == null) {
                continue;
            }
            Optional<FreeTimeTariff> tariff = settings.tariffs().find(kind, c.equipment(), c.carrier(), c.port());
            if (tariff.isEmpty()) {
                continue;
            }
            Instant counted = tariff.get().clockStart() == ClockStart.AVAILABILITY && c.available() != null
                    ? c.available() : c.started();
            LastFreeDay lfd = LastFreeDay.of(tariff.get(), counted, c.port().zone(),
                    WorkingCalendar.forLocation(c.port()));
            ChargeEstimate charge = ChargeEstimate.of(tariff.get(), lfd, c.ended(), null, settings.asOf());
            out.add(new Observation(c.subject(), c.started(), charge.accrued().total().amount(), BigDecimal.ONE,
                    (double) charge.accrued().chargeableDays(), tariff.get().currency().getCurrencyCode()));
        }
        return out;
    }

    private static Observation duration(Subject subject, Instant at, Duration d) {
        double hours = d.getSeconds() / SECONDS_PER_HOUR;
        return new Observation(subject, at, BigDecimal.valueOf(hours).setScale(4, RoundingMode.HALF_UP), BigDecimal.ONE,
                hours, "h");
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).getSeconds() / SECONDS_PER_HOUR;
    }

    private static Map<Currency, Money> totals(List<CostLine> costs) {
        Map<Currency, Money> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        costs.forEach(c -> totals.merge(c.amount().currency(), c.amount(), Money::plus));
        return totals;
    }
}
